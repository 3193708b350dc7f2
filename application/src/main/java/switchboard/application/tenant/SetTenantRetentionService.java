package switchboard.application.tenant;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import switchboard.application.shared.KnownTenants;
import switchboard.application.shared.TenantStore;
import switchboard.domain.tenant.Tenant;
import switchboard.domain.tenant.TenantId;

import static switchboard.domain.Invariants.require;

public final class SetTenantRetentionService implements SetTenantRetentionUseCase {

    private final TenantStore tenants;
    private final Duration idempotencyRetention;

    /**
     * @param idempotencyRetention how long an Idempotency-Key is kept: a message purged sooner would be stored and sent
     *                             again by a repeat of its request whose first answer was lost
     */
    public SetTenantRetentionService(TenantStore tenants, Duration idempotencyRetention) {
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.idempotencyRetention = Objects.requireNonNull(idempotencyRetention, "idempotencyRetention");
    }

    @Override
    public Tenant setRetention(TenantId tenantId, Optional<Duration> retention) {
        require(retention.map(age -> age.compareTo(idempotencyRetention) >= 0).orElse(true),
                "The retention must be at least the gateway's Idempotency-Key retention (%s): a message purged sooner "
                        + "would be sent again by a repeat of its request whose answer was lost.",
                idempotencyRetention.toString().substring(2).toLowerCase(Locale.ROOT));
        Tenant updated = KnownTenants.require(tenants, tenantId).withRetention(retention);
        tenants.update(updated);
        return updated;
    }
}
