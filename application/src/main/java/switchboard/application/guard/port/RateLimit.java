package switchboard.application.guard.port;

import java.util.Objects;

import static switchboard.domain.Invariants.requireText;

/** The allowance of whatever the key names: a credential of an API, a tenant of an API, a tenant. */
public record RateLimit(String key, Allowance allowance) {

    public static final int MAX_KEY_LENGTH = 200;

    public RateLimit {
        requireText(key, "a rate limit's key", MAX_KEY_LENGTH);
        Objects.requireNonNull(allowance, "allowance");
    }
}
