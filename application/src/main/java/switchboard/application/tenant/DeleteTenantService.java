package switchboard.application.tenant;

import java.util.Objects;

import switchboard.application.credential.port.CredentialStore;
import switchboard.application.shared.ConflictException;
import switchboard.application.shared.KnownTenants;
import switchboard.application.shared.NotFoundException;
import switchboard.application.shared.TenantStore;
import switchboard.domain.tenant.TenantId;

public final class DeleteTenantService implements DeleteTenantUseCase {

    private final TenantStore tenants;
    private final CredentialStore credentials;

    public DeleteTenantService(TenantStore tenants, CredentialStore credentials) {
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
    }

    @Override
    public void delete(TenantId tenantId) {
        KnownTenants.require(tenants, tenantId);
        PlatformTenants.refuseToLockOut(credentials, tenantId, "deleted");
        switch (tenants.remove(tenantId)) {
            case REMOVED -> { }
            case NOT_FOUND -> throw new NotFoundException("tenant", tenantId);
            case DELIVERIES_PENDING -> throw new ConflictException("tenant " + tenantId.value()
                    + " has deliveries queued or being sent: suspend it, and cancel them or let them go out, before deleting it");
        }
    }
}
