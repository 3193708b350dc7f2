package switchboard.bootstrap.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * Refuses an admin token whose {@code nbf} (not before) or {@code iat} (issued at) is ahead of now:
 * such a token was not issued by this gateway for use now. A few seconds of difference between the
 * clocks of processes sharing the key are tolerated.
 */
@Singleton
public class TokenTimesNotAhead<T> implements GenericJwtClaimsValidator<T> {

    static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

    private final Clock clock;

    public TokenTimesNotAhead(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean validate(Claims claims, @Nullable T request) {
        Instant latest = clock.instant().plus(CLOCK_SKEW);
        return time(claims.get(Claims.NOT_BEFORE)).map(notBefore -> !notBefore.isAfter(latest)).orElse(true)
                && time(claims.get(Claims.ISSUED_AT)).map(issuedAt -> !issuedAt.isAfter(latest)).orElse(true);
    }

    /** A time claim as the JWT library gives it: a date, or seconds since the epoch. */
    private static Optional<Instant> time(Object claim) {
        if (claim instanceof Date date) {
            return Optional.of(date.toInstant());
        }
        if (claim instanceof Number seconds) {
            return Optional.of(Instant.ofEpochSecond(seconds.longValue()));
        }
        return Optional.empty();
    }
}
