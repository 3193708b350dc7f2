package switchboard.application.credential;

import switchboard.application.shared.NotFoundException;
import switchboard.domain.credential.CredentialId;
import switchboard.domain.tenant.TenantId;

public interface RevokeCredentialUseCase {

    /**
     * Revokes the credential at once: the next request that presents it is refused.
     *
     * @throws NotFoundException if the tenant has no such credential
     */
    void revoke(TenantId tenantId, CredentialId id);
}
