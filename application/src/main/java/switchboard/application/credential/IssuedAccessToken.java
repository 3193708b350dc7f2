package switchboard.application.credential;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** An access token and how long it is good for. */
public record IssuedAccessToken(String token, Instant expiresAt, Duration ttl) {

    public IssuedAccessToken {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(ttl, "ttl");
    }

    @Override
    public String toString() {
        return "IssuedAccessToken[expiresAt=" + expiresAt + "]";
    }
}
