package switchboard.application.credential.port;

import java.util.List;
import java.util.Optional;

import switchboard.domain.credential.Credential;
import switchboard.domain.credential.CredentialId;
import switchboard.domain.credential.CredentialType;
import switchboard.domain.tenant.TenantId;

public interface CredentialStore {

    /** Adds a credential; false if its lookup key is taken already for that type. */
    boolean add(Credential credential);

    List<Credential> list(TenantId tenantId);

    Optional<Credential> findByLookupKey(CredentialType type, String lookupKey);

    /** Replaces a credential's password hash, at once; false if the tenant has no such credential. */
    boolean replaceSecretHash(TenantId tenantId, CredentialId id, String secretHash);

    /** Removes a credential at once; false if the tenant has no such credential. */
    boolean remove(TenantId tenantId, CredentialId id);
}
