package switchboard.application.tenant;

import java.util.Objects;

import switchboard.application.shared.KnownTenants;
import switchboard.application.shared.TenantStore;
import switchboard.domain.tenant.Tenant;
import switchboard.domain.tenant.TenantId;

public final class GetTenantService implements GetTenantUseCase {

    private final TenantStore tenants;

    public GetTenantService(TenantStore tenants) {
        this.tenants = Objects.requireNonNull(tenants, "tenants");
    }

    @Override
    public Tenant get(TenantId id) {
        return KnownTenants.require(tenants, id);
    }
}
