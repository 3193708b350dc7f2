package switchboard.application.guard;

import java.util.Objects;

import switchboard.application.guard.port.IdempotencyStore;

public final class ReleaseIdempotencyKeyService implements ReleaseIdempotencyKeyUseCase {

    private final IdempotencyStore store;

    public ReleaseIdempotencyKeyService(IdempotencyStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public void release(IdempotencyClaim.Granted claim) {
        store.release(claim.tenantId(), claim.key(), claim.claimId());
    }
}
