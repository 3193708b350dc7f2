package switchboard.application.service;

import java.util.List;
import java.util.Objects;

import switchboard.application.port.in.ListCredentialsUseCase;
import switchboard.application.port.out.CredentialStore;
import switchboard.application.port.out.TenantStore;
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
