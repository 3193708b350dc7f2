package switchboard.adapter.in.admin.send;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import switchboard.application.send.RecipientRequest;
import switchboard.application.send.SendCommand;
import switchboard.domain.contact.ContactId;
import switchboard.domain.message.Content;
import switchboard.domain.message.EmailOptions;
import switchboard.domain.recipient.Channel;
import switchboard.domain.recipient.Recipient;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;

/** The AdminOnly send as the send use case's command: one recipient per channel, in the request's order. */
class SendRequestTest {

    private static final TenantId TENANT = new TenantId("acme");
    private static final Duration BUDGET = Duration.ofSeconds(10);

    @Test
    void everyChannelNamedIsOneRecipientInTheOrderNamedWaitingForItsFirstAttempt() {
        SendRequest request = new SendRequest("Subject", "Body", List.of("webhook", "InApp", "SMS", "Email", "Push"),
                " ann@example.com ", "+97455555555", "user-1", "device-token", "https://hooks.example.com/in", null);

        SendCommand command = request.command(TENANT, BUDGET);

        assertThat(command.recipients()).containsExactly(
                new RecipientRequest.ToAddress(Recipient.of(Channel.WEBHOOK, "https://hooks.example.com/in")),
                new RecipientRequest.ToContact(Channel.IN_APP, new ContactId("user-1")),
                new RecipientRequest.ToAddress(Recipient.of(Channel.SMS, "+97455555555")),
                new RecipientRequest.ToAddress(Recipient.of(Channel.EMAIL, "ann@example.com")),
                new RecipientRequest.ToAddress(Recipient.of(Channel.PUSH, "device-token")));
        assertThat(command.tenantId()).isEqualTo(TENANT);
        assertThat(command.origin()).isEqualTo("admin");
        assertThat(command.awaitOutcome()).isEqualTo(BUDGET);
    }

    @Test
    void otherwiseItIsAPlainSendNowWithTheGatewaysAccounts() {
        SendCommand command = new SendRequest("Subject", "Body", List.of("Email"), "ann@example.com", null, null, null, null, false)
                .command(TENANT, BUDGET);

        assertThat(command.email()).isEqualTo(EmailOptions.NONE);
        assertThat(command.notBefore()).isEmpty();
        assertThat(command.sender()).isEmpty();
        assertThat(command.campaignId()).isEmpty();
        assertThat(command.channelContent()).isEmpty();
        assertThat(command.accounts()).isEmpty();
        assertThat(command.testMode()).isFalse();
        assertThat(command.personalised()).isFalse();
    }

    @Test
    void isHtmlSaysWhetherTheBodyIsHtmlOrText() {
        assertThat(send(true).content()).isEqualTo(Content.html("Subject", "<p>Body</p>"));
        assertThat(send(false).content()).isEqualTo(Content.text("Subject", "<p>Body</p>"));
        assertThat(send(null).content()).isEqualTo(Content.text("Subject", "<p>Body</p>"));
    }

    private static SendCommand send(Boolean isHtml) {
        return new SendRequest("Subject", "<p>Body</p>", List.of("Email"), "ann@example.com", null, null, null, null, isHtml)
                .command(TENANT, BUDGET);
    }
}
