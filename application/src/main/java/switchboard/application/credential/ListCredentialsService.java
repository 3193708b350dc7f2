package switchboard.application.credential;

import java.util.List;
import java.util.Objects;

import switchboard.application.credential.port.CredentialStore;
import switchboard.application.shared.KnownTenants;
import switchboard.application.shared.TenantStore;
import switchboard.domain.credential.Credential;
import switchboard.domain.tenant.TenantId;

public final class ListCredentialsService implements ListCredentialsUseCase {

    private final TenantStore tenants;
    private final CredentialStore credentials;

    public ListCredentialsService(TenantStore tenants, CredentialStore credentials) {
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
    }

    @Override
    public List<Credential> list(TenantId tenantId) {
        KnownTenants.require(tenants, tenantId);
        return credentials.list(tenantId);
    }
}
