package switchboard.application.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import switchboard.application.credential.port.CredentialStore;
import switchboard.domain.credential.Credential;
import switchboard.domain.credential.CredentialId;
import switchboard.domain.credential.CredentialType;
import switchboard.domain.tenant.TenantId;

final class InMemoryCredentialStore implements CredentialStore {

    private final List<Credential> credentials = new ArrayList<>();

    @Override
    public synchronized boolean add(Credential credential) {
        if (findByLookupKey(credential.type(), credential.lookupKey()).isPresent()) {
            return false;
        }
        return credentials.add(credential);
    }

    @Override
    public synchronized List<Credential> list(TenantId tenantId) {
        return credentials.stream().filter(credential -> credential.tenantId().equals(tenantId))
                .sorted(Comparator.comparing(Credential::createdAt)).toList();
    }

    @Override
    public synchronized Optional<Credential> findByLookupKey(CredentialType type, String lookupKey) {
        return credentials.stream()
                .filter(credential -> credential.type() == type && credential.lookupKey().equals(lookupKey)).findFirst();
    }

    @Override
    public synchronized boolean replaceSecretHash(TenantId tenantId, CredentialId id, String secretHash) {
        for (int i = 0; i < credentials.size(); i++) {
            Credential credential = credentials.get(i);
            if (credential.tenantId().equals(tenantId) && credential.id().equals(id)) {
                credentials.set(i, new Credential(id, tenantId, credential.type(), credential.lookupKey(), secretHash,
                        credential.permissions(), credential.access(), credential.platformAdmin(), credential.createdAt()));
                return true;
            }
        }
        return false;
    }

    @Override
    public synchronized boolean remove(TenantId tenantId, CredentialId id) {
        return credentials.removeIf(credential -> credential.tenantId().equals(tenantId) && credential.id().equals(id));
    }

    synchronized void removeAll(TenantId tenantId) {
        credentials.removeIf(credential -> credential.tenantId().equals(tenantId));
    }
}
