package switchboard.application.credential;

import java.util.Objects;

import switchboard.domain.credential.CredentialId;
import switchboard.domain.tenant.TenantId;

/** A new password for an admin (12 characters or more) or Capillary Basic credential of the tenant. */
public record ChangePasswordCommand(TenantId tenantId, CredentialId credentialId, String password) {

    public ChangePasswordCommand {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(credentialId, "credentialId");
        CreateCredentialCommand.requirePassword(password, 1);
    }

    @Override
    public String toString() {
        return "ChangePasswordCommand[" + tenantId + ", " + credentialId + "]";
    }
}
