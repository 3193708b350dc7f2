package switchboard.application.tenant;

import java.time.Clock;
import java.util.Objects;

import switchboard.application.credential.port.CredentialStore;
import switchboard.application.shared.KnownTenants;
import switchboard.application.shared.TenantStore;
import switchboard.domain.tenant.Tenant;
import switchboard.domain.tenant.TenantId;

public final class SuspendTenantService implements SuspendTenantUseCase {

    private final TenantStore tenants;
    private final CredentialStore credentials;
    private final Clock clock;

    public SuspendTenantService(TenantStore tenants, CredentialStore credentials, Clock clock) {
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Tenant suspend(TenantId tenantId) {
        Tenant tenant = KnownTenants.require(tenants, tenantId);
        PlatformTenants.refuseToLockOut(credentials, tenantId, "suspended");
        return save(tenant.suspendedSince(clock.instant()));
    }

    @Override
    public Tenant resume(TenantId tenantId) {
        return save(KnownTenants.require(tenants, tenantId).resumed());
    }

    /** Stores the tenant and answers it as stored, to the precision the store keeps its time. */
    private Tenant save(Tenant tenant) {
        tenants.update(tenant);
        return KnownTenants.require(tenants, tenant.id());
    }
}
