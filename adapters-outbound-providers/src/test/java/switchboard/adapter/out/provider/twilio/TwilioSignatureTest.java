package switchboard.adapter.out.provider.twilio;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The signer, against the worked example of Twilio's security documentation
 * (twilio.com/docs/usage/security). Its editions differ in the caller's number, and print the
 * signature for theirs: both are checked.
 */
class TwilioSignatureTest {

    private static final String URL = "https://mycompany.com/myapp.php?foo=1&bar=2";
    private static final String AUTH_TOKEN = "12345";
    private static final Map<String, String> CURRENT_EXAMPLE = example("+12349013030");
    private static final String CURRENT_SIGNATURE = "0/KCTR6DLpKmkAf8muzZqo1nDgQ=";
    private static final Map<String, String> EARLIER_EXAMPLE = example("+14158675310");
    private static final String EARLIER_SIGNATURE = "GvWf1cFY/Q7PnoempGyD5oXAezc=";

    @Test
    void signsTwiliosExamplesAsTwilioDoes() {
        assertThat(TwilioSignature.of(AUTH_TOKEN, URL, CURRENT_EXAMPLE)).isEqualTo(CURRENT_SIGNATURE);
        assertThat(TwilioSignature.of(AUTH_TOKEN, URL, EARLIER_EXAMPLE)).isEqualTo(EARLIER_SIGNATURE);
    }

    @Test
    void theTestsOwnSignerAgreesWithTwilio() {
        assertThat(Twilio.signature(AUTH_TOKEN, URL, CURRENT_EXAMPLE)).isEqualTo(CURRENT_SIGNATURE);
        assertThat(Twilio.signature(AUTH_TOKEN, URL, EARLIER_EXAMPLE)).isEqualTo(EARLIER_SIGNATURE);
    }

    @Test
    void matchesOnlyTheSignatureOfTheSameTokenUrlAndParameters() {
        assertThat(TwilioSignature.matches(CURRENT_SIGNATURE, AUTH_TOKEN, URL, CURRENT_EXAMPLE)).isTrue();
        assertThat(TwilioSignature.matches(CURRENT_SIGNATURE, "12346", URL, CURRENT_EXAMPLE)).isFalse();
        assertThat(TwilioSignature.matches(CURRENT_SIGNATURE, AUTH_TOKEN, URL + "&baz=3", CURRENT_EXAMPLE)).isFalse();
        assertThat(TwilioSignature.matches(CURRENT_SIGNATURE, AUTH_TOKEN, URL, EARLIER_EXAMPLE)).isFalse();
        assertThat(TwilioSignature.matches("0/KCTR6DLpKmkAf8muzZqo1nDgQ", AUTH_TOKEN, URL, CURRENT_EXAMPLE)).isFalse();
        assertThat(TwilioSignature.matches("", AUTH_TOKEN, URL, CURRENT_EXAMPLE)).isFalse();
    }

    private static Map<String, String> example(String caller) {
        return Map.of("CallSid", "CA1234567890ABCDE", "Caller", caller, "Digits", "1234", "From", caller, "To", "+18005551212");
    }
}
