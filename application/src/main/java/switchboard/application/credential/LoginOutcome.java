package switchboard.application.credential;

import java.time.Duration;

/** How a login ended: an admin, a wrong username or password, or a refusal to check until later. */
public sealed interface LoginOutcome {

    record LoggedIn(AdminPrincipal admin) implements LoginOutcome {
    }

    record Refused() implements LoginOutcome {
    }

    /** Too many failures for the username or the address, or too many password checks at once: try again after the wait. */
    record Throttled(Duration retryAfter) implements LoginOutcome {
    }
}
