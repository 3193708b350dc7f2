package switchboard.application.credential;

import java.util.Objects;

import switchboard.application.credential.port.CredentialStore;
import switchboard.application.shared.NotFoundException;
import switchboard.domain.credential.CredentialId;
import switchboard.domain.tenant.TenantId;

public final class RevokeCredentialService implements RevokeCredentialUseCase {

    private final CredentialStore credentials;

    public RevokeCredentialService(CredentialStore credentials) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
    }

    @Override
    public void revoke(TenantId tenantId, CredentialId id) {
        if (!credentials.remove(tenantId, id)) {
            throw new NotFoundException("credential", id);
        }
    }
}
