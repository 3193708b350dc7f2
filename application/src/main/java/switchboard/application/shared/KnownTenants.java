package switchboard.application.shared;

import switchboard.domain.tenant.Tenant;
import switchboard.domain.tenant.TenantId;

/** Every use case acts within a tenant that must exist. */
public final class KnownTenants {

    private KnownTenants() {
    }

    public static Tenant require(TenantStore tenants, TenantId id) {
        return tenants.find(id).orElseThrow(() -> new NotFoundException("tenant", id));
    }

    /** A tenant that must exist and not be suspended: one that sends. */
    public static Tenant requireActive(TenantStore tenants, TenantId id) {
        Tenant tenant = require(tenants, id);
        if (tenant.suspended()) {
            throw new TenantSuspendedException(id);
        }
        return tenant;
    }
}
