package switchboard.application.tenant;

import java.util.Objects;

import switchboard.application.shared.KnownTenants;
import switchboard.application.shared.TenantStore;
import switchboard.domain.tenant.Tenant;
import switchboard.domain.tenant.TenantId;

public final class ResumeTenantService implements ResumeTenantUseCase {

    private final TenantStore tenants;

    public ResumeTenantService(TenantStore tenants) {
        this.tenants = Objects.requireNonNull(tenants, "tenants");
    }

    @Override
    public Tenant resume(TenantId tenantId) {
        Tenant resumed = KnownTenants.require(tenants, tenantId).resumed();
        tenants.update(resumed);
        return resumed;
    }
}
