package switchboard.application.credential;

import java.util.Objects;
import java.util.Optional;

import switchboard.application.credential.port.CredentialStore;
import switchboard.application.shared.TenantStore;
import switchboard.domain.credential.Credential;
import switchboard.domain.credential.CredentialType;

/**
 * How every way of authenticating finds its credential: one counts while its tenant exists and is
 * not suspended. Both lookups go through the stores' lookup caches, so a tenant's suspension or
 * deletion refuses all its credentials at once on the process that made it, and on every other
 * within the cache's time, as a revocation does.
 */
final class ActiveCredentials {

    private final CredentialStore credentials;
    private final TenantStore tenants;

    ActiveCredentials(CredentialStore credentials, TenantStore tenants) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.tenants = Objects.requireNonNull(tenants, "tenants");
    }

    Optional<Credential> find(CredentialType type, String lookupKey) {
        return credentials.findByLookupKey(type, lookupKey)
                .filter(credential -> tenants.find(credential.tenantId()).filter(tenant -> !tenant.suspended()).isPresent());
    }
}
