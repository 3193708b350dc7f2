package switchboard.adapter.out.persistence;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import switchboard.application.provider.port.SecretSealer;
import switchboard.domain.contact.ContactFields;
import switchboard.domain.provider.ProviderAccount;
import switchboard.domain.provider.ProviderSettings;
import switchboard.domain.recipient.Channel;
import switchboard.domain.tenant.Tenant;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;

/** The settings every delivery reads are cached: this process's changes show at once, another's once the entry expires. */
class ProviderSettingsCacheTest {

    private static final TenantId ACME = new TenantId("acme");
    private static final ProviderSettings SMS = new ProviderSettings(Channel.SMS, new ProviderAccount(
            Map.of("accountSid", "AC00000000000000000000000000000001"), Map.of("authToken", "token")), Optional.empty(), 2);

    @Test
    void savesAndDeletesThroughTheStoreAreSeenAtOnceAndOthersWhenTheEntryExpires() throws Exception {
        JdbcStores stores = TestDatabases.emptyH2();
        stores.tenants().add(new Tenant(ACME, "Acme", ContactFields.DEFAULT, Instant.now()));
        Database database = stores.context().getBean(Database.class);
        JdbcProviderSettingsStore cached = new JdbcProviderSettingsStore(database,
                stores.context().getBean(SecretSealer.class), Clock.systemUTC(), Duration.ofMillis(300));
        JdbcProviderSettingsStore otherProcess = stores.context().getBean(JdbcProviderSettingsStore.class);

        assertThat(cached.find(ACME, Channel.SMS)).isEmpty();
        cached.save(ACME, SMS);
        assertThat(cached.find(ACME, Channel.SMS)).contains(SMS);

        otherProcess.delete(ACME, Channel.SMS);
        assertThat(cached.find(ACME, Channel.SMS)).as("cached").contains(SMS);
        Thread.sleep(400);
        assertThat(cached.find(ACME, Channel.SMS)).as("expired").isEmpty();

        otherProcess.save(ACME, SMS);
        cached.delete(ACME, Channel.SMS);
        assertThat(cached.find(ACME, Channel.SMS)).isEmpty();
    }
}
