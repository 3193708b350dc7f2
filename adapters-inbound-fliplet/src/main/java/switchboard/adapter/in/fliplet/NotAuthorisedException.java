package switchboard.adapter.in.fliplet;

/** The request carries no app token, or one that belongs to no tenant. */
public class NotAuthorisedException extends RuntimeException {

    public NotAuthorisedException() {
        super("The auth_token provided doesn't belong to any user.");
    }
}
