package switchboard.application.shared;

/**
 * The gateway's database cannot be reached now (it is down, restarting, or every connection is
 * taken for longer than the gateway waits): nothing was done, and the same request may succeed
 * later. The APIs answer it with their 503 and {@code Retry-After}.
 */
public class StoreUnavailableException extends RuntimeException {

    /** How long a client is asked to wait before it tries again. */
    public static final int RETRY_AFTER_SECONDS = 5;

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
