package switchboard.adapter.in.admin.provider;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import switchboard.domain.provider.ProviderAccount;
import switchboard.domain.provider.ProviderSettings;
import switchboard.domain.recipient.Channel;

import static org.assertj.core.api.Assertions.assertThat;

/** A channel's provider accounts: what the body leaves out, and that secrets go in but never come out. */
class ProviderSettingsBodyTest {

    private static final AccountBody TWILIO = new AccountBody(Map.of("accountSid", "AC1"),
            Map.of("authToken", "token-1", "apiSecret", "secret-1"));

    @Test
    void aBodyWithoutFallbackOrFailoverHasNoneAndTheDefault() {
        ProviderSettings settings = new ProviderSettingsBody(TWILIO, null, null).settings(Channel.SMS);

        assertThat(settings).isEqualTo(new ProviderSettings(Channel.SMS, new ProviderAccount(Map.of("accountSid", "AC1"),
                Map.of("authToken", "token-1", "apiSecret", "secret-1")), Optional.empty(),
                ProviderSettings.DEFAULT_FAILOVER_AFTER));
    }

    @Test
    void aFallbackWithoutSettingsOrSecretsHasEmptyOnes() {
        ProviderSettings settings = new ProviderSettingsBody(TWILIO, new AccountBody(null, null), 3).settings(Channel.SMS);

        assertThat(settings.fallback()).contains(new ProviderAccount(Map.of(), Map.of()));
        assertThat(settings.failoverAfter()).isEqualTo(3);
    }

    @Test
    void theViewNamesTheSecretsInOrderAndShowsNoneOfTheirValues() {
        ProviderSettings settings = new ProviderSettingsBody(TWILIO, TWILIO, 2).settings(Channel.WHATSAPP);

        ProviderSettingsView view = ProviderSettingsView.of(settings);

        AccountView account = new AccountView(Map.of("accountSid", "AC1"), List.of("apiSecret", "authToken"));
        assertThat(view).isEqualTo(new ProviderSettingsView("WHATSAPP", account, account, 2));
        assertThat(view.toString()).doesNotContain("token-1", "secret-1");
    }

    @Test
    void withoutAFallbackTheViewHasNone() {
        assertThat(ProviderSettingsView.of(new ProviderSettingsBody(TWILIO, null, null).settings(Channel.SMS)).fallback()).isNull();
    }
}
