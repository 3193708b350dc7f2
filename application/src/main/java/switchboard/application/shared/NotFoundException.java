package switchboard.application.shared;

/** The tenant, or the thing asked for within it, does not exist. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " '" + id + "' does not exist");
    }
}
