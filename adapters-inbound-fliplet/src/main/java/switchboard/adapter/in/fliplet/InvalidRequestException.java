package switchboard.adapter.in.fliplet;

/** A request the Fliplet API cannot read or does not accept; the message says why, for the caller. */
public class InvalidRequestException extends RuntimeException {

    public InvalidRequestException(String message) {
        super(message);
    }
}
