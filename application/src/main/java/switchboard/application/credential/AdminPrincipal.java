package switchboard.application.credential;

import java.util.Objects;

import switchboard.domain.credential.CredentialId;
import switchboard.domain.tenant.TenantId;

/**
 * An admin who proved who they are. A platform admin may act on every tenant. The session stamp
 * goes into the admin's token: see {@link AdminSession}.
 */
public record AdminPrincipal(CredentialId credentialId, TenantId tenantId, String username, boolean platformAdmin,
                             String sessionStamp) {

    public AdminPrincipal {
        Objects.requireNonNull(credentialId, "credentialId");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(sessionStamp, "sessionStamp");
    }
}
