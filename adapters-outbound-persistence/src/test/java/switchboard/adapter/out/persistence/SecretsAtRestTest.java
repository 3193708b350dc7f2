package switchboard.adapter.out.persistence;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import switchboard.domain.contact.ContactFields;
import switchboard.domain.provider.ProviderAccount;
import switchboard.domain.provider.ProviderSettings;
import switchboard.domain.recipient.Channel;
import switchboard.domain.tenant.Tenant;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;

/** The provider secrets the database holds are sealed: no column holds one in clear. */
class SecretsAtRestTest {

    private static final String SECRET = "twilio-auth-token-0123456789";

    @Test
    void providerSettingsAndTokensAreStoredSealed() {
        JdbcStores stores = TestDatabases.emptyH2();
        TenantId acme = new TenantId("acme");
        stores.tenants().add(new Tenant(acme, "Acme", ContactFields.DEFAULT, Instant.now()));
        ProviderAccount account = new ProviderAccount(Map.of("accountSid", "AC00000000000000000000000000000001"),
                Map.of("authToken", SECRET));
        stores.providerSettings().save(acme, new ProviderSettings(Channel.SMS, account, Optional.of(account), 2));
        stores.providerTokens().save("zalo:app", SECRET);

        List<byte[]> stored = stores.context().getBean(Database.class).read(connection -> {
            List<byte[]> columns = new ArrayList<>(Database.query(connection,
                    "SELECT primary_account FROM provider_settings", row -> row.getBytes(1)));
            columns.addAll(Database.query(connection, "SELECT fallback_account FROM provider_settings", row -> row.getBytes(1)));
            columns.addAll(Database.query(connection, "SELECT sealed FROM provider_token", row -> row.getBytes(1)));
            return columns;
        });

        assertThat(stored).hasSize(3).allSatisfy(sealed -> assertThat(new String(sealed, StandardCharsets.ISO_8859_1))
                .doesNotContain(SECRET).doesNotContain("authToken"));
        assertThat(stores.providerSettings().find(acme, Channel.SMS).orElseThrow().primary().field("authToken"))
                .isEqualTo(SECRET);
        assertThat(stores.providerTokens().find("zalo:app")).contains(SECRET);
    }
}
