package switchboard.adapter.in.admin.send;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import switchboard.application.send.RecipientOutcome;
import switchboard.application.send.RecipientOutcome.Reason;
import switchboard.application.send.RecipientRequest;
import switchboard.application.send.SendResult;
import switchboard.domain.contact.ContactId;
import switchboard.domain.delivery.AttemptResult;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.delivery.RetryPolicy;
import switchboard.domain.message.Content;
import switchboard.domain.message.MessageId;
import switchboard.domain.recipient.Channel;
import switchboard.domain.recipient.Recipient;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;

/** Every outcome of a send, in the Admin API's words. */
class ChannelResultsTest {

    private static final Optional<Content> CONTENT = Optional.of(Content.text("Hi", "Body"));

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final RetryPolicy RETRIES = new RetryPolicy(2, Duration.ofSeconds(10), Duration.ofMinutes(1));
    private static final SendRequest REQUEST = new SendRequest("s", "b", List.of("email", "SMS", "Push", "InApp", "Webhook"),
            "a@example.com", "+97455555555", "u1", "token", "https://hooks.example.com/in", false);

    @Test
    void handedOverIsSuccessAndEverythingElseSaysWhatHappened() {
        SendResult result = new SendResult(Optional.of(MessageId.generate()), CONTENT, List.of(
                accepted(sending().afterAttempt(new AttemptResult.Sent("id"), NOW, RETRIES, 0.5)),
                accepted(sending().afterAttempt(new AttemptResult.Captured(), NOW, RETRIES, 0.5)),
                accepted(sending().afterAttempt(new AttemptResult.Rejected("UNREGISTERED"), NOW, RETRIES, 0.5)),
                new RecipientOutcome.Rejected(new RecipientRequest.ToContact(Channel.IN_APP, new ContactId("u1")),
                        Reason.UNKNOWN_CONTACT, "no contact has the id 'u1'"),
                accepted(sending().afterAttempt(new AttemptResult.Deferred("503 busy"), NOW, RETRIES, 0.5))));

        assertThat(ChannelResults.of(REQUEST, result)).containsExactly(
                new ChannelResult("Email", true, null),
                new ChannelResult("Sms", true, null),
                new ChannelResult("Push", false, "UNREGISTERED"),
                new ChannelResult("InApp", false, "User not found"),
                new ChannelResult("Webhook", false, "Not delivered yet (503 busy); retrying in the background"));
    }

    @Test
    void aDeliveryStillSendingOrDeadIsNotASuccess() {
        Delivery dead = sending().afterAttempt(new AttemptResult.Deferred("timeout"), NOW, RETRIES, 0.5)
                .claim(NOW.plusSeconds(60)).afterAttempt(new AttemptResult.Deferred("timeout again"), NOW, RETRIES, 0.5);
        SendRequest twoChannels = new SendRequest("s", "b", List.of("Email", "Sms"), "a@example.com", "+97455555555",
                null, null, null, null);

        assertThat(ChannelResults.of(twoChannels, new SendResult(Optional.of(MessageId.generate()), CONTENT,
                List.of(accepted(sending()), accepted(dead))))).containsExactly(
                new ChannelResult("Email", false, "Still sending when the request's time ran out; it goes on in the background"),
                new ChannelResult("Sms", false, "timeout again"));
    }

    private static Delivery sending() {
        return Delivery.queue(MessageId.generate(), TenantId.DEFAULT, Recipient.of(Channel.SMS, "+97455555555"), NOW, NOW)
                .claim(NOW);
    }

    private static RecipientOutcome accepted(Delivery delivery) {
        return new RecipientOutcome.Accepted(new RecipientRequest.ToAddress(delivery.recipient()), List.of(delivery));
    }
}
