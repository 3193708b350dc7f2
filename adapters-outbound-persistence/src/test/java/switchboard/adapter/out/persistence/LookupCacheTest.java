package switchboard.adapter.out.persistence;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import switchboard.domain.contact.ContactFields;
import switchboard.domain.credential.Credential;
import switchboard.domain.credential.CredentialId;
import switchboard.domain.credential.CredentialType;
import switchboard.domain.tenant.Tenant;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;

/** Credentials and tenants read on every request are cached: this process's changes show at once, another's once the entry expires. */
class LookupCacheTest {

    private static final TenantId ACME = new TenantId("acme");
    private static final Duration TTL = Duration.ofMillis(300);

    private final JdbcStores stores = TestDatabases.emptyH2();
    private final Database database = stores.context().getBean(Database.class);
    private final JsonColumns json = stores.context().getBean(JsonColumns.class);

    @Test
    void aRevokedCredentialIsRefusedAtOnceHereAndOnceTheEntryExpiresElsewhere() throws Exception {
        stores.tenants().add(new Tenant(ACME, "Acme", ContactFields.DEFAULT, Instant.parse("2026-11-22T10:00:00Z")));
        JdbcCredentialStore cached = new JdbcCredentialStore(database, json, TTL);
        JdbcCredentialStore otherProcess = new JdbcCredentialStore(database, json, Duration.ZERO);
        Credential first = token("digest-1");
        Credential second = token("digest-2");

        assertThat(cached.findByLookupKey(CredentialType.FLIPLET_TOKEN, "digest-1")).as("unknown").isEmpty();
        otherProcess.add(first);
        otherProcess.add(second);
        assertThat(cached.findByLookupKey(CredentialType.FLIPLET_TOKEN, "digest-1")).as("added elsewhere, found at once")
                .contains(first);
        assertThat(cached.findByLookupKey(CredentialType.FLIPLET_TOKEN, "digest-2")).contains(second);

        cached.remove(ACME, first.id());
        assertThat(cached.findByLookupKey(CredentialType.FLIPLET_TOKEN, "digest-1")).as("revoked here").isEmpty();

        otherProcess.remove(ACME, second.id());
        assertThat(cached.findByLookupKey(CredentialType.FLIPLET_TOKEN, "digest-2")).as("revoked elsewhere, cached")
                .contains(second);
        Thread.sleep(TTL.toMillis() + 100);
        assertThat(cached.findByLookupKey(CredentialType.FLIPLET_TOKEN, "digest-2")).as("expired").isEmpty();
    }

    @Test
    void aTenantsContactFieldsChangedHereShowAtOnceAndFromElsewhereOnceTheEntryExpires() throws Exception {
        JdbcTenantStore cached = new JdbcTenantStore(database, json, TTL);
        JdbcTenantStore otherProcess = new JdbcTenantStore(database, json, Duration.ZERO);
        Tenant acme = new Tenant(ACME, "Acme", ContactFields.DEFAULT, Instant.parse("2026-11-22T10:00:00Z"));
        otherProcess.add(acme);
        Tenant workMail = acme.withContactFields(new ContactFields(List.of("work_mail"), List.of("phone"), List.of("devices")));
        Tenant homeMail = acme.withContactFields(new ContactFields(List.of("home_mail"), List.of("phone"), List.of("devices")));

        assertThat(cached.find(ACME).orElseThrow().contactFields()).isEqualTo(ContactFields.DEFAULT);
        cached.update(workMail);
        assertThat(cached.find(ACME).orElseThrow().contactFields()).as("changed here").isEqualTo(workMail.contactFields());

        otherProcess.update(homeMail);
        assertThat(cached.find(ACME).orElseThrow().contactFields()).as("changed elsewhere, cached")
                .isEqualTo(workMail.contactFields());
        Thread.sleep(TTL.toMillis() + 100);
        assertThat(cached.find(ACME).orElseThrow().contactFields()).as("expired").isEqualTo(homeMail.contactFields());
    }

    private static Credential token(String digest) {
        return new Credential(CredentialId.random(), ACME, CredentialType.FLIPLET_TOKEN, digest, null, Set.of(), Map.of(),
                false, Instant.parse("2026-11-22T10:00:00Z"));
    }
}
