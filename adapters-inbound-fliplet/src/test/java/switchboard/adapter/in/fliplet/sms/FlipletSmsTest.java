package switchboard.adapter.in.fliplet.sms;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import switchboard.adapter.in.fliplet.InvalidRequestException;
import switchboard.application.send.RecipientRequest;
import switchboard.application.send.SendCommand;
import switchboard.domain.InvalidValueException;
import switchboard.domain.message.Content;
import switchboard.domain.provider.ProviderAccount;
import switchboard.domain.recipient.Channel;
import switchboard.domain.recipient.Recipient;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Fliplet's SMS as a send command: Twilio only, E.164 numbers, and the caller's own Twilio account. */
class FlipletSmsTest {

    private static final TenantId TENANT = new TenantId("acme");
    private static final String SID = "AC" + "0123456789abcdef".repeat(2);

    private final FlipletSms sms = new FlipletSms();

    @Test
    void anSmsGoesToTheNumberFromTheSenderWithTheGatewaysAccount() {
        SendCommand command = sms.command(TENANT, new SmsRequest("Twilio", new SmsRequest.Data(" Acme ", " +15005550006 ", "Hi"),
                null));

        assertThat(command.origin()).isEqualTo("fliplet");
        assertThat(command.content()).isEqualTo(Content.text(null, "Hi"));
        assertThat(command.recipients()).containsExactly(
                new RecipientRequest.ToAddress(Recipient.of(Channel.SMS, "+15005550006")));
        assertThat(command.sender()).contains("Acme");
        assertThat(command.accounts()).isEmpty();
    }

    @Test
    void withoutAFromTheChannelsDefaultSenderIsUsed() {
        SendCommand command = sms.command(TENANT, new SmsRequest("twilio", new SmsRequest.Data(" ", "+15005550006", "Hi"), null));

        assertThat(command.sender()).isEqualTo(Optional.empty());
    }

    @Test
    void theCallersTwilioCredentialsBecomeTheMessagesOwnAccount() {
        SendCommand command = sms.command(TENANT, new SmsRequest("twilio", new SmsRequest.Data(null, "+15005550006", "Hi"),
                new SmsRequest.Options(SID, "secret-token")));

        assertThat(command.accounts()).containsExactly(Map.entry(Channel.SMS,
                new ProviderAccount(Map.of("accountSid", SID), Map.of("authToken", "secret-token"))));
    }

    @Test
    void onlyTwilioIsAProvider() {
        for (String provider : new String[] {"nexmo", null}) {
            assertThatThrownBy(() -> sms.command(TENANT, new SmsRequest(provider, new SmsRequest.Data(null, "+15005550006", "Hi"),
                    null))).isInstanceOf(InvalidRequestException.class)
                    .hasMessage("The provider '" + provider + "' is not supported; supported providers: twilio");
        }
    }

    @Test
    void theNumberAndABodyAreRequired() {
        for (SmsRequest.Data data : List.of(new SmsRequest.Data(null, null, "Hi"), new SmsRequest.Data(null, "+15005550006", " "))) {
            assertThatThrownBy(() -> sms.command(TENANT, new SmsRequest("twilio", data, null)))
                    .isInstanceOf(InvalidRequestException.class).hasMessage("'data.to' and 'data.body' are required");
        }
        assertThatThrownBy(() -> sms.command(TENANT, new SmsRequest("twilio", null, null)))
                .isInstanceOf(InvalidRequestException.class).hasMessage("'data.to' and 'data.body' are required");
    }

    @Test
    void aNumberNotInE164FormIsRefused() {
        assertThatThrownBy(() -> sms.command(TENANT, new SmsRequest("twilio", new SmsRequest.Data(null, "0821234567", "Hi"), null)))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void twilioCredentialsComeInPairsAndTheSidHasTwiliosForm() {
        SmsRequest.Data data = new SmsRequest.Data(null, "+15005550006", "Hi");

        assertThatThrownBy(() -> sms.command(TENANT, new SmsRequest("twilio", data, new SmsRequest.Options(SID, null))))
                .isInstanceOf(InvalidRequestException.class).hasMessage("'options' needs both twilio_sid and twilio_auth_token");
        assertThatThrownBy(() -> sms.command(TENANT, new SmsRequest("twilio", data, new SmsRequest.Options("AC123", "token"))))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("'options.twilio_sid' is not a Twilio account SID (AC and 32 hexadecimal digits)");
    }

    @Test
    void theAuthTokenNeverShowsInTheOptionsText() {
        assertThat(new SmsRequest.Options(SID, "secret-token").toString()).doesNotContain("secret-token").contains(SID);
    }
}
