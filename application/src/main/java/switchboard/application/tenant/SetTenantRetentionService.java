package switchboard.application.tenant;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import switchboard.application.shared.KnownTenants;
import switchboard.application.shared.TenantStore;
import switchboard.domain.tenant.Tenant;
import switchboard.domain.tenant.TenantId;

public final class SetTenantRetentionService implements SetTenantRetentionUseCase {

    private final TenantStore tenants;

    public SetTenantRetentionService(TenantStore tenants) {
        this.tenants = Objects.requireNonNull(tenants, "tenants");
    }

    @Override
    public Tenant setRetention(TenantId tenantId, Optional<Duration> retention) {
        Tenant updated = KnownTenants.require(tenants, tenantId).withRetention(retention);
        tenants.update(updated);
        return updated;
    }
}
