package switchboard.application.guard;

import java.time.Clock;
import java.util.Objects;

import switchboard.application.guard.port.IdempotencyStore;

public final class ReleaseIdempotencyKeyService implements ReleaseIdempotencyKeyUseCase {

    private final IdempotencyStore store;
    private final Clock clock;

    public ReleaseIdempotencyKeyService(IdempotencyStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void release(IdempotencyClaim.Granted claim) {
        store.release(claim.tenantId(), claim.key(), claim.claimId(), clock.instant());
    }
}
