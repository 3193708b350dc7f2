package switchboard.application.contract;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import switchboard.domain.credential.Credential;
import switchboard.domain.credential.Credential.AccessLevel;
import switchboard.domain.credential.CredentialId;
import switchboard.domain.credential.CredentialType;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;

public abstract class CredentialStoreContract extends StoreContract {

    @Test
    void findsACredentialByTypeAndLookupKeyWithAllItsGrants() {
        Credential basic = credential(ACME, CredentialType.CAPILLARY_BASIC, "till", "hash",
                Set.of(), Map.of("Communication", AccessLevel.WRITE, "Points", AccessLevel.READ));
        stores.credentials().add(basic);

        assertThat(stores.credentials().findByLookupKey(CredentialType.CAPILLARY_BASIC, "till")).contains(basic);
        assertThat(stores.credentials().findByLookupKey(CredentialType.ADMIN, "till")).isEmpty();
    }

    @Test
    void keepsPermissionsAndThePlatformAdminFlag() {
        Credential key = credential(ACME, CredentialType.DRIPCEL_API_KEY, "digest", null, Set.of("sendLog.create", "x"), Map.of());
        Credential admin = new Credential(CredentialId.random(), ACME, CredentialType.ADMIN, "root", "hash", Set.of(),
                Map.of(), true, NOW);
        stores.credentials().add(key);
        stores.credentials().add(admin);

        assertThat(stores.credentials().findByLookupKey(CredentialType.DRIPCEL_API_KEY, "digest")).contains(key);
        assertThat(stores.credentials().findByLookupKey(CredentialType.ADMIN, "root").orElseThrow().platformAdmin()).isTrue();
    }

    @Test
    void aLookupKeyIsUniquePerTypeAcrossTenants() {
        assertThat(stores.credentials().add(credential(ACME, CredentialType.ADMIN, "ops", "h1", Set.of(), Map.of()))).isTrue();
        assertThat(stores.credentials().add(credential(GLOBEX, CredentialType.ADMIN, "ops", "h2", Set.of(), Map.of()))).isFalse();
        assertThat(stores.credentials().add(credential(GLOBEX, CredentialType.CAPILLARY_BASIC, "ops", "h2", Set.of(), Map.of())))
                .isTrue();
    }

    @Test
    void listsOnlyTheTenantsOwnCredentials() {
        Credential first = credential(ACME, CredentialType.FLIPLET_TOKEN, "d1", null, Set.of(), Map.of());
        stores.credentials().add(first);
        stores.credentials().add(credential(GLOBEX, CredentialType.FLIPLET_TOKEN, "d2", null, Set.of(), Map.of()));

        assertThat(stores.credentials().list(ACME)).containsExactly(first);
    }

    @Test
    void removesACredentialOnlyWithinItsTenant() {
        Credential token = credential(ACME, CredentialType.FLIPLET_TOKEN, "d1", null, Set.of(), Map.of());
        stores.credentials().add(token);

        assertThat(stores.credentials().remove(GLOBEX, token.id())).isFalse();
        assertThat(stores.credentials().remove(ACME, token.id())).isTrue();
        assertThat(stores.credentials().findByLookupKey(CredentialType.FLIPLET_TOKEN, "d1")).isEmpty();
        assertThat(stores.credentials().remove(ACME, token.id())).isFalse();
    }

    @Test
    void replacesAPasswordHashOnlyWithinItsTenantAndIsReadAtOnce() {
        String username = "ops-" + UUID.randomUUID();
        Credential admin = credential(ACME, CredentialType.ADMIN, username, "old hash", Set.of(), Map.of());
        stores.credentials().add(admin);
        assertThat(stores.credentials().findByLookupKey(CredentialType.ADMIN, username)).isPresent();

        assertThat(stores.credentials().replaceSecretHash(GLOBEX, admin.id(), "globex hash")).isFalse();
        assertThat(stores.credentials().replaceSecretHash(ACME, admin.id(), "new hash")).isTrue();

        assertThat(stores.credentials().findByLookupKey(CredentialType.ADMIN, username)).hasValueSatisfying(found -> {
            assertThat(found.secretHash()).isEqualTo("new hash");
            assertThat(found.id()).isEqualTo(admin.id());
        });
    }

    private static Credential credential(TenantId tenant, CredentialType type, String lookupKey, String hash,
                                         Set<String> permissions, Map<String, AccessLevel> access) {
        return new Credential(CredentialId.random(), tenant, type, lookupKey, hash, permissions, access, false, NOW);
    }
}
