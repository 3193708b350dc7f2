package switchboard.application.guard;

import java.time.Clock;
import java.util.Objects;

import switchboard.application.guard.port.IdempotencyStore;
import switchboard.application.guard.port.RateLimiter;

public final class PurgeExpiredKeysService implements PurgeExpiredKeysUseCase {

    private final IdempotencyStore idempotencyKeys;
    private final RateLimiter limiter;
    private final Clock clock;

    public PurgeExpiredKeysService(IdempotencyStore idempotencyKeys, RateLimiter limiter, Clock clock) {
        this.idempotencyKeys = Objects.requireNonNull(idempotencyKeys, "idempotencyKeys");
        this.limiter = Objects.requireNonNull(limiter, "limiter");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public int purge() {
        return idempotencyKeys.deleteExpired(clock.instant()) + limiter.forgetIdle();
    }
}
