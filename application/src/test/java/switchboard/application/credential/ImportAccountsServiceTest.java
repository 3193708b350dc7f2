package switchboard.application.credential;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import switchboard.application.memory.FakePasswordHasher;
import switchboard.application.memory.InMemoryStores;
import switchboard.domain.contact.ContactFields;
import switchboard.domain.credential.CredentialType;
import switchboard.domain.credential.SecretTokens;
import switchboard.domain.tenant.Tenant;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;

class ImportAccountsServiceTest {

    private static final TenantId ACME = new TenantId("acme");
    private static final TenantId GLOBEX = new TenantId("globex");

    private final InMemoryStores stores = new InMemoryStores();
    private final Clock clock = Clock.systemUTC();
    private final ImportAccountsService imports = new ImportAccountsService(stores.tenants(), stores.credentials(),
            new FakePasswordHasher(), Supplier::get, clock);

    @Test
    void aFileOfGoodLinesCreatesItsTenantsAndCredentials() {
        AccountImport result = imports.importAccounts(List.of(
                new AccountLine.NewTenant(1, ACME, "Acme"),
                credential(2, ACME, CredentialType.FLIPLET_TOKEN, null, "eu--acme-fliplet-token"),
                credential(3, ACME, CredentialType.CAPILLARY_OAUTH, "acme-client", "acme-client-secret")));

        assertThat(result).isEqualTo(new AccountImport(1, 2, List.of()));
        assertThat(stores.tenants().find(ACME)).hasValueSatisfying(tenant -> assertThat(tenant.name()).isEqualTo("Acme"));
        assertThat(stores.credentials().findByLookupKey(CredentialType.FLIPLET_TOKEN,
                SecretTokens.digest("eu--acme-fliplet-token"))).isPresent();
        assertThat(stores.credentials().findByLookupKey(CredentialType.CAPILLARY_OAUTH, "acme-client")).isPresent();
    }

    @Test
    void anyRefusedLineKeepsTheWholeFileOutAndEveryRefusalIsReportedByLine() {
        stores.tenants().add(new Tenant(GLOBEX, "Globex", ContactFields.DEFAULT, clock.instant()));
        imports.importAccounts(List.of(credential(1, GLOBEX, CredentialType.DRIPCEL_API_KEY, null, "globex-api-key")));

        AccountImport result = imports.importAccounts(List.of(
                new AccountLine.NewTenant(1, ACME, "Acme"),
                credential(2, ACME, CredentialType.FLIPLET_TOKEN, null, "eu--acme-fliplet-token"),
                new AccountLine.Unreadable(3, "not a JSON object"),
                new AccountLine.NewTenant(4, GLOBEX, "Globex again"),
                credential(5, new TenantId("nobody"), CredentialType.FLIPLET_TOKEN, null, "eu--nobodys-token"),
                credential(6, ACME, CredentialType.DRIPCEL_API_KEY, null, "globex-api-key"),
                credential(7, GLOBEX, CredentialType.FLIPLET_TOKEN, null, "eu--acme-fliplet-token")));

        assertThat(result.imported()).isFalse();
        assertThat(result.refused()).containsExactly(
                new AccountImport.Refusal(3, "not a JSON object"),
                new AccountImport.Refusal(4, "tenant 'globex' exists already"),
                new AccountImport.Refusal(5, "tenant 'nobody' does not exist"),
                new AccountImport.Refusal(6, "this Dripcel API key belongs to another credential already"),
                new AccountImport.Refusal(7, "this Fliplet token belongs to another credential already"));
        assertThat(stores.tenants().find(ACME)).isEmpty();
        assertThat(stores.credentials().findByLookupKey(CredentialType.FLIPLET_TOKEN,
                SecretTokens.digest("eu--acme-fliplet-token"))).isEmpty();
    }

    private static AccountLine credential(int line, TenantId tenant, CredentialType type, String key, String secret) {
        return new AccountLine.NewCredential(line, new CreateCredentialCommand(tenant, type, key, null, null, secret,
                Set.of(), Map.of()));
    }
}
