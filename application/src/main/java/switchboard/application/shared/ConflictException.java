package switchboard.application.shared;

/** The request conflicts with the state of what it acts on: a username already taken, a suspended tenant. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
