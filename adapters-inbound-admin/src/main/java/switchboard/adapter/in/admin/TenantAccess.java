package switchboard.adapter.in.admin;

import io.micronaut.security.authentication.Authentication;

import switchboard.domain.tenant.TenantId;

/** Which tenants the caller may act on: its own, or all for a platform admin. */
public final class TenantAccess {

    private TenantAccess() {
    }

    /** The tenant named in the path, if the caller may act on it. */
    public static TenantId check(Authentication caller, String tenantId) {
        TenantId requested = new TenantId(tenantId);
        if (!caller.getRoles().contains(Roles.PLATFORM_ADMIN) && !requested.equals(ownTenant(caller))) {
            throw new Denied(requested);
        }
        return requested;
    }

    /**
     * The tenant named in the path, if the caller is the platform admin; another tenant's admin
     * is told, as on every route, that it may not act on the tenant, and the tenant's own admin
     * that only the platform admin may.
     */
    public static TenantId checkPlatformAdmin(Authentication caller, String tenantId) {
        TenantId requested = check(caller, tenantId);
        if (!caller.getRoles().contains(Roles.PLATFORM_ADMIN)) {
            throw new Denied("only the platform admin may change this for tenant '" + requested + "'");
        }
        return requested;
    }

    public static TenantId ownTenant(Authentication caller) {
        return new TenantId(String.valueOf(caller.getAttributes().get(Roles.TENANT_CLAIM)));
    }

    /** The caller is an admin, but of another tenant. */
    public static final class Denied extends RuntimeException {
        Denied(TenantId tenantId) {
            this("this account may not act on tenant '" + tenantId + "'");
        }

        private Denied(String message) {
            super(message);
        }
    }
}
