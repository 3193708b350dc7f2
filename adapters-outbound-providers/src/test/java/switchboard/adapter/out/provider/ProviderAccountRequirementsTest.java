package switchboard.adapter.out.provider;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import switchboard.application.provider.AccountFields;
import switchboard.domain.provider.ProviderAccount;
import switchboard.domain.recipient.Channel;

import static org.assertj.core.api.Assertions.assertThat;

class ProviderAccountRequirementsTest {

    private final ProviderAccountRequirements requirements = new ProviderAccountRequirements();

    @Test
    void aCompleteAccountOfEachProviderHasNoProblem() {
        assertThat(requirements.problems(Channel.EMAIL, account(Map.of("from", "news@acme.example"), Map.of()))).isEmpty();
        assertThat(requirements.problems(Channel.SMS, account(Map.of("accountSid", "AC" + "0".repeat(32),
                "messagingServiceSid", "MG" + "a".repeat(32)), Map.of("authToken", "t")))).isEmpty();
        assertThat(requirements.problems(Channel.PUSH, account(Map.of(), Map.of("serviceAccountJson", "{}")))).isEmpty();
        assertThat(requirements.problems(Channel.ZALO, account(Map.of("appId", "1", "templateId", "2"),
                Map.of("secretKey", "s", "refreshToken", "r")))).isEmpty();
        assertThat(requirements.problems(Channel.WEBHOOK, account(Map.of(),
                Map.of("signingSecret", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")))).isEmpty();
    }

    @Test
    void namesTheFieldsOfEachChannelsAccountsInChannelOrder() {
        Map<Channel, AccountFields> fields = requirements.fields();

        assertThat(fields.keySet()).containsExactly(Channel.EMAIL, Channel.SMS, Channel.WHATSAPP, Channel.PUSH,
                Channel.WEBHOOK, Channel.ZALO);
        assertThat(fields.get(Channel.SMS)).isEqualTo(new AccountFields(List.of("accountSid", "from", "messagingServiceSid"),
                List.of("authToken")));
        assertThat(fields.get(Channel.EMAIL)).isEqualTo(new AccountFields(List.of("from", "fromName"), List.of()));
    }

    @Test
    void namesEveryProblemOfAnAccount() {
        assertThat(requirements.problems(Channel.WHATSAPP, account(Map.of("accountSid", "AC1", "authToken", "x",
                "sender", "me"), Map.of("from", "+1")))).containsExactlyInAnyOrder(
                "'authToken' is a secret, not a setting",
                "there is no setting 'sender'; the settings are [accountSid, from, messagingServiceSid]",
                "'from' is a setting, not a secret",
                "'accountSid' is not a Twilio account SID (AC and 32 hexadecimal digits)");
        assertThat(requirements.problems(Channel.ZALO, account(Map.of("appId", "1"), Map.of())))
                .containsExactly("'templateId' is required", "'secretKey' is required", "'refreshToken' is required");
        assertThat(requirements.problems(Channel.EMAIL, account(Map.of("from", "not an address"), Map.of())))
                .singleElement().asString().startsWith("'from' is not an email address");
        assertThat(requirements.problems(Channel.IN_APP, account(Map.of(), Map.of())))
                .containsExactly("the IN_APP channel has no provider accounts");
    }

    private static ProviderAccount account(Map<String, String> settings, Map<String, String> secrets) {
        return new ProviderAccount(settings, secrets);
    }
}
