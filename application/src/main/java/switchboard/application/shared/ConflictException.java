package switchboard.application.shared;

/** The request would break a uniqueness rule, such as a username already taken. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
