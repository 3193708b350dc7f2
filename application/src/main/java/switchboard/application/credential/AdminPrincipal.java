package switchboard.application.credential;

import java.util.Objects;

import switchboard.domain.credential.CredentialId;
import switchboard.domain.tenant.TenantId;

/** An admin who proved who they are. A platform admin may act on every tenant. */
public record AdminPrincipal(CredentialId credentialId, TenantId tenantId, String username, boolean platformAdmin) {

    public AdminPrincipal {
        Objects.requireNonNull(credentialId, "credentialId");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(username, "username");
    }
}
