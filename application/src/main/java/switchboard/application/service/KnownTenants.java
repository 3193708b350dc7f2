package switchboard.application.service;

import switchboard.application.port.in.NotFoundException;
import switchboard.application.port.out.TenantStore;
import switchboard.domain.tenant.Tenant;
import switchboard.domain.tenant.TenantId;

/** Every use case acts within a tenant that must exist. */
final class KnownTenants {

    private KnownTenants() {
    }

    static Tenant require(TenantStore tenants, TenantId id) {
        return tenants.find(id).orElseThrow(() -> new NotFoundException("tenant", id));
    }
}
