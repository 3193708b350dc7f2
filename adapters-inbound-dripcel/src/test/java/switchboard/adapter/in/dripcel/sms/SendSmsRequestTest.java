package switchboard.adapter.in.dripcel.sms;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import switchboard.application.send.RecipientRequest;
import switchboard.application.send.SendCommand;
import switchboard.domain.delivery.AttemptResult;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.delivery.RetryPolicy;
import switchboard.domain.message.Content;
import switchboard.domain.message.EmailOptions;
import switchboard.domain.message.Message;
import switchboard.domain.message.MessageId;
import switchboard.domain.recipient.Channel;
import switchboard.domain.recipient.PhoneNumber;
import switchboard.domain.recipient.Recipient;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;

/** Dripcel's SMS as a send command, and its status as Dripcel shows it. */
class SendSmsRequestTest {

    private static final TenantId TENANT = new TenantId("acme");
    private static final PhoneNumber CELL = new PhoneNumber("+27821234567");
    private static final Recipient TO_CELL = new Recipient(Channel.SMS, CELL);

    @Test
    void anSmsToAnyCellIsPersonalisedFromTheContactIfThereIsOne() {
        SendCommand command = request(false, null, null).command(TENANT, CELL);

        assertThat(command.tenantId()).isEqualTo(TENANT);
        assertThat(command.origin()).isEqualTo("dripcel");
        assertThat(command.content()).isEqualTo(Content.text(null, "Hi {{first_name}}"));
        assertThat(command.recipients()).containsExactly(new RecipientRequest.ToAddress(TO_CELL));
        assertThat(command.personalised()).isTrue();
        assertThat(command.testMode()).isFalse();
        assertThat(command.campaignId()).isEmpty();
    }

    @Test
    void skipNonContactsSendsOnlyToACellThatBelongsToAContactAndRecordsASkip() {
        SendCommand command = request(true, null, null).command(TENANT, CELL);

        assertThat(command.recipients()).containsExactly(new RecipientRequest.ToContactAddress(TO_CELL));
        assertThat(command.recordSkipped()).as("a skipped cell's send has its customerId too").isTrue();
    }

    @Test
    void aCampaignIsKeptStrippedAndABlankOneIsNone() {
        assertThat(request(false, " spring-sale ", null).command(TENANT, CELL).campaignId()).contains("spring-sale");
        assertThat(request(false, "  ", null).command(TENANT, CELL).campaignId()).isEmpty();
    }

    @Test
    void testModeCapturesTheSmsInsteadOfSendingIt() {
        assertThat(request(false, null, new SendOptions(true)).command(TENANT, CELL).testMode()).isTrue();
        assertThat(request(false, null, new SendOptions(null)).command(TENANT, CELL).testMode()).isFalse();
    }

    @Test
    void theStatusNamesTheMessageTheCellAndWhyItFailedInDripcelsWords() {
        Instant created = Instant.parse("2026-11-22T10:00:00Z");
        Message message = new Message(MessageId.generate(), TENANT, "dripcel", Content.text(null, "Hi"), EmailOptions.NONE, null,
                "spring-sale", true, created);
        Delivery failed = Delivery.queue(message.id(), TENANT, TO_CELL, created, created).claim(created)
                .afterAttempt(new AttemptResult.Rejected("21211 invalid number"), created.plusSeconds(2),
                        new RetryPolicy(3, Duration.ofSeconds(10), Duration.ofMinutes(1)), 0.5);

        assertThat(SmsStatus.of(message, failed)).isEqualTo(new SmsStatus(message.id().toString(), "failed", "+27821234567",
                true, "spring-sale", created, created.plusSeconds(2), "21211 invalid number"));
    }

    @Test
    void aQueuedSmsHasNoError() {
        Instant now = Instant.parse("2026-11-22T10:00:00Z");
        Message message = new Message(MessageId.generate(), TENANT, "dripcel", Content.text(null, "Hi"), EmailOptions.NONE, null,
                null, false, now);

        SmsStatus status = SmsStatus.of(message, Delivery.queue(message.id(), TENANT, TO_CELL, now, now));

        assertThat(status.status()).isEqualTo("queued");
        assertThat(status.error()).isNull();
        assertThat(status.campaignId()).isNull();
    }

    private static SendSmsRequest request(boolean skipNonContacts, String campaignId, SendOptions options) {
        return new SendSmsRequest("Hi {{first_name}}", "082 123 4567", skipNonContacts, "za", "standard", campaignId, options);
    }
}
