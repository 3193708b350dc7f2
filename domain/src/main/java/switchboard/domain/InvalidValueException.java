package switchboard.domain;

/**
 * A value broke an invariant of the domain. The message is written for the caller who sent
 * the value, so inbound adapters may show it as it is.
 */
public class InvalidValueException extends IllegalArgumentException {

    public InvalidValueException(String message) {
        super(message);
    }
}
