package switchboard.adapter.out.provider.twilio;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static switchboard.adapter.out.provider.twilio.Twilio.GATEWAY_SID;

class TwilioConfigurationTest {

    @Test
    void aCallbackIsSignedForItsUrlWithOrWithoutTheDefaultPort() {
        assertThat(withPublicUrl("https://gateway.example.com/").signedCallbackUrls("d1")).containsExactly(
                "https://gateway.example.com/callbacks/twilio/d1", "https://gateway.example.com:443/callbacks/twilio/d1");
        assertThat(withPublicUrl("http://gateway.example.com:80/sb").signedCallbackUrls("d1")).containsExactly(
                "http://gateway.example.com:80/sb/callbacks/twilio/d1", "http://gateway.example.com/sb/callbacks/twilio/d1");
        assertThat(withPublicUrl("https://gateway.example.com:8443").signedCallbackUrls("d1"))
                .containsExactly("https://gateway.example.com:8443/callbacks/twilio/d1");
        assertThat(withPublicUrl("  ").signedCallbackUrls("d1")).as("no public URL, nothing is signed for it").isEmpty();
    }

    @Test
    void blanksAreAbsentAndTrailingSlashesGo() {
        TwilioConfiguration configuration = new TwilioConfiguration("https://api.twilio.com/", "", " ", "", "", "", "",
                Duration.ofSeconds(1), Duration.ofSeconds(1));

        assertThat(configuration.baseUrl()).isEqualTo("https://api.twilio.com");
        assertThat(configuration.gatewayCredentials()).isEmpty();
        assertThat(configuration.statusCallbackUrl("d1")).isEmpty();
    }

    @Test
    void mistakesAreRefusedAtOnceWithoutShowingTheToken() {
        assertThatThrownBy(() -> configuration("https://api.twilio.com", GATEWAY_SID, null))
                .hasMessage("switchboard.twilio.account-sid and switchboard.twilio.auth-token go together");
        assertThatThrownBy(() -> configuration("https://api.twilio.com", "AC123", "secret-token"))
                .hasMessageContaining("not a Twilio account SID").hasMessageNotContaining("secret-token");
        assertThatThrownBy(() -> configuration("ftp://api.twilio.com", GATEWAY_SID, "secret-token"))
                .hasMessageContaining("base-url must be an http or https URL");
        assertThat(configuration("https://api.twilio.com", GATEWAY_SID, "secret-token").toString()).doesNotContain("secret-token");
    }

    private static TwilioConfiguration withPublicUrl(String url) {
        return Twilio.configuration("https://api.twilio.com", "+14155550199", null, null, url);
    }

    private static TwilioConfiguration configuration(String baseUrl, String accountSid, String authToken) {
        return new TwilioConfiguration(baseUrl, accountSid, authToken, null, null, null, null, Duration.ofSeconds(1),
                Duration.ofSeconds(1));
    }
}
