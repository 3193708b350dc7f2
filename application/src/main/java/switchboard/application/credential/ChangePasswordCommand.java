package switchboard.application.credential;

import java.util.Objects;

import switchboard.domain.credential.CredentialId;
import switchboard.domain.tenant.TenantId;

import static switchboard.domain.Invariants.require;

/** A new password for an admin or Capillary Basic credential of the tenant. */
public record ChangePasswordCommand(TenantId tenantId, CredentialId credentialId, String password) {

    public ChangePasswordCommand {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(credentialId, "credentialId");
        require(password != null && password.length() >= CreateCredentialCommand.MIN_PASSWORD_LENGTH
                        && password.length() <= CreateCredentialCommand.MAX_PASSWORD_LENGTH,
                "a password is %d to %d characters", CreateCredentialCommand.MIN_PASSWORD_LENGTH,
                CreateCredentialCommand.MAX_PASSWORD_LENGTH);
    }

    @Override
    public String toString() {
        return "ChangePasswordCommand[" + tenantId + ", " + credentialId + "]";
    }
}
