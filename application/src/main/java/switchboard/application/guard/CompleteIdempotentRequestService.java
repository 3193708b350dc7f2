package switchboard.application.guard;

import java.lang.System.Logger.Level;
import java.util.Objects;

import switchboard.application.guard.port.IdempotencyStore;

public final class CompleteIdempotentRequestService implements CompleteIdempotentRequestUseCase {

    private static final System.Logger LOG = System.getLogger(CompleteIdempotentRequestService.class.getName());

    private final IdempotencyStore store;

    public CompleteIdempotentRequestService(IdempotencyStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public void complete(IdempotencyClaim.Granted claim, RecordedResponse response) {
        if (!store.complete(claim.tenantId(), claim.key(), claim.claimId(), response)) {
            LOG.log(Level.WARNING, "tenant {0}: a request outlived its Idempotency-Key claim and another took the key"
                    + " over; its response is not kept (raise switchboard.idempotency.claim-timeout)", claim.tenantId());
        }
    }
}
