package switchboard.application.contract;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import switchboard.domain.provider.ProviderAccount;
import switchboard.domain.provider.ProviderSettings;
import switchboard.domain.recipient.Channel;

import static org.assertj.core.api.Assertions.assertThat;

public abstract class ProviderSettingsStoreContract extends StoreContract {

    private static final ProviderAccount PRIMARY = new ProviderAccount(
            Map.of("accountSid", "AC00000000000000000000000000000001", "from", "+14155550100"),
            Map.of("authToken", "primary-token"));
    private static final ProviderAccount FALLBACK = new ProviderAccount(
            Map.of("accountSid", "AC00000000000000000000000000000002"), Map.of("authToken", "fallback-token"));

    @Test
    void keepsEveryFieldOfBothAccounts() {
        ProviderSettings sms = new ProviderSettings(Channel.SMS, PRIMARY, Optional.of(FALLBACK), 3);
        stores.providerSettings().save(ACME, sms);

        assertThat(stores.providerSettings().find(ACME, Channel.SMS)).contains(sms);
        assertThat(stores.providerSettings().find(ACME, Channel.WHATSAPP)).isEmpty();
        assertThat(stores.providerSettings().find(GLOBEX, Channel.SMS)).isEmpty();
    }

    @Test
    void savingAgainReplacesTheChannelsSettings() {
        stores.providerSettings().save(ACME, new ProviderSettings(Channel.SMS, PRIMARY, Optional.of(FALLBACK), 3));
        ProviderSettings replacement = new ProviderSettings(Channel.SMS, FALLBACK, Optional.empty(), 1);
        stores.providerSettings().save(ACME, replacement);

        assertThat(stores.providerSettings().find(ACME, Channel.SMS)).contains(replacement);
        assertThat(stores.providerSettings().list(ACME)).containsExactly(replacement);
    }

    @Test
    void listsInChannelOrderAndDeletesPerTenant() {
        ProviderSettings whatsApp = new ProviderSettings(Channel.WHATSAPP, PRIMARY, Optional.empty(), 2);
        ProviderSettings sms = new ProviderSettings(Channel.SMS, PRIMARY, Optional.empty(), 2);
        stores.providerSettings().save(ACME, whatsApp);
        stores.providerSettings().save(ACME, sms);
        stores.providerSettings().save(GLOBEX, sms);

        assertThat(stores.providerSettings().list(ACME)).containsExactly(sms, whatsApp);
        assertThat(stores.providerSettings().delete(ACME, Channel.SMS)).isTrue();
        assertThat(stores.providerSettings().delete(ACME, Channel.SMS)).isFalse();
        assertThat(stores.providerSettings().list(ACME)).containsExactly(whatsApp);
        assertThat(stores.providerSettings().find(GLOBEX, Channel.SMS)).contains(sms);
    }
}
