package switchboard.adapter.in.callback.twilio;

/** A status callback whose body cannot be read; the message says why, for the caller. */
class BadCallbackException extends RuntimeException {

    BadCallbackException(String message) {
        super(message);
    }
}
