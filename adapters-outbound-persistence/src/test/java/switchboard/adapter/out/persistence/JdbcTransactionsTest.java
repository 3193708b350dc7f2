package switchboard.adapter.out.persistence;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import switchboard.domain.contact.ContactFields;
import switchboard.domain.credential.Credential;
import switchboard.domain.credential.CredentialId;
import switchboard.domain.credential.CredentialType;
import switchboard.domain.tenant.Tenant;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Writes of several stores in one transaction: all kept, or none when the work throws, even after a duplicate. */
class JdbcTransactionsTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aFailureUndoesTheWritesBeforeIt(String database) {
        JdbcStores stores = database.equals("h2") ? TestDatabases.emptyH2() : TestDatabases.emptyPostgres();
        JdbcTransactions transactions = stores.context().getBean(JdbcTransactions.class);
        TenantId acme = new TenantId("acme");
        stores.tenants().add(new Tenant(new TenantId("taken"), "Taken", ContactFields.DEFAULT, NOW));

        assertThatThrownBy(() -> transactions.inOne(() -> {
            stores.tenants().add(new Tenant(acme, "Acme", ContactFields.DEFAULT, NOW));
            stores.credentials().add(token(acme, "digest"));
            assertThat(stores.tenants().add(new Tenant(new TenantId("taken"), "Again", ContactFields.DEFAULT, NOW))).isFalse();
            throw new IllegalStateException("the import found a taken tenant");
        })).hasMessage("the import found a taken tenant");

        assertThat(stores.tenants().find(acme)).isEmpty();
        assertThat(stores.credentials().findByLookupKey(CredentialType.FLIPLET_TOKEN, "digest")).isEmpty();

        transactions.inOne(() -> stores.tenants().add(new Tenant(acme, "Acme", ContactFields.DEFAULT, NOW))
                && stores.credentials().add(token(acme, "digest")));
        assertThat(stores.tenants().find(acme)).isPresent();
        assertThat(stores.credentials().findByLookupKey(CredentialType.FLIPLET_TOKEN, "digest")).isPresent();
    }

    private static Credential token(TenantId tenant, String digest) {
        return new Credential(CredentialId.random(), tenant, CredentialType.FLIPLET_TOKEN, digest, null, Set.of(), Map.of(),
                false, NOW);
    }
}
