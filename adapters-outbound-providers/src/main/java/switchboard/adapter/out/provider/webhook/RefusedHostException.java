package switchboard.adapter.out.provider.webhook;

import java.net.UnknownHostException;

/**
 * A webhook host the gateway will not connect to, and why. An {@link UnknownHostException} so
 * that it leaves the HTTP client's DNS step as it is.
 */
final class RefusedHostException extends UnknownHostException {

    RefusedHostException(String reason) {
        super(reason);
    }
}
