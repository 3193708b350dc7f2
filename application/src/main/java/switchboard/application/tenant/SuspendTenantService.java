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
        tenants.update(tenant.suspendedSince(clock.instant()));
        // Read back: the answer shows the time as the store keeps it.
        return KnownTenants.require(tenants, tenantId);
    }
}
