package switchboard.application.tenant;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import switchboard.application.guard.IdempotencyPolicy;
import switchboard.application.shared.KnownTenants;
import switchboard.application.shared.TenantStore;
import switchboard.domain.tenant.Tenant;
import switchboard.domain.tenant.TenantId;

import static switchboard.domain.Invariants.require;

public final class SetTenantRetentionService implements SetTenantRetentionUseCase {

    private final TenantStore tenants;
    private final IdempotencyPolicy idempotency;

    /** @param idempotency whose keys a tenant's messages must outlast ({@link IdempotencyPolicy#keptBy}) */
    public SetTenantRetentionService(TenantStore tenants, IdempotencyPolicy idempotency) {
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.idempotency = Objects.requireNonNull(idempotency, "idempotency");
    }

    @Override
    public Tenant setRetention(TenantId tenantId, Optional<Duration> retention) {
        require(retention.map(idempotency::keptBy).orElse(true),
                "The retention must be at least the gateway's Idempotency-Key retention (%s): a message purged sooner "
                        + "would be sent again by a repeat of its request whose answer was lost.",
                idempotency.retentionShown());
        Tenant updated = KnownTenants.require(tenants, tenantId).withRetention(retention);
        tenants.update(updated);
        return updated;
    }
}
