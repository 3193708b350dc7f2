package switchboard.application.tenant;

import switchboard.application.credential.port.CredentialStore;
import switchboard.application.shared.ConflictException;
import switchboard.domain.credential.Credential;
import switchboard.domain.tenant.TenantId;

/** The tenants whose suspension or deletion would shut the platform admins out of the gateway. */
final class PlatformTenants {

    private PlatformTenants() {
    }

    static void refuseToLockOut(CredentialStore credentials, TenantId tenantId, String done) {
        if (credentials.list(tenantId).stream().anyMatch(Credential::platformAdmin)) {
            throw new ConflictException("tenant " + tenantId.value() + " holds a platform admin credential and cannot be "
                    + done + ": that would lock the gateway's administration out");
        }
    }
}
