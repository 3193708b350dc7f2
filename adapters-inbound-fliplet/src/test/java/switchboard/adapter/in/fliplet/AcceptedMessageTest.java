package switchboard.adapter.in.fliplet;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import switchboard.application.send.RecipientOutcome;
import switchboard.application.send.RecipientRequest;
import switchboard.application.send.SendResult;
import switchboard.domain.contact.ContactId;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.message.Content;
import switchboard.domain.message.MessageId;
import switchboard.domain.recipient.Channel;
import switchboard.domain.recipient.Recipient;
import switchboard.domain.scope.Scope;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;

/** What Fliplet's caller is told of an accepted send. */
class AcceptedMessageTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void listsEveryDeliveryOfTheAcceptedRecipientsAndLeavesTheRejectedOut() {
        MessageId id = MessageId.generate();
        Delivery email = delivery(id, Recipient.of(Channel.EMAIL, "ann@example.com"));
        Delivery push1 = delivery(id, Recipient.of(Channel.PUSH, "token-1"));
        Delivery push2 = delivery(id, Recipient.of(Channel.PUSH, "token-2"));
        SendResult result = new SendResult(Optional.of(id), Optional.of(Content.text("Hi", "Body")), List.of(
                new RecipientOutcome.Accepted(new RecipientRequest.ToAddress(email.recipient()), List.of(email)),
                new RecipientOutcome.Rejected(new RecipientRequest.ToContact(Channel.PUSH, new ContactId("nobody")),
                        RecipientOutcome.Reason.UNKNOWN_CONTACT, "no contact has the id 'nobody'"),
                new RecipientOutcome.Accepted(new RecipientRequest.ToContact(Channel.PUSH, new ContactId("c1")),
                        List.of(push1, push2))));

        AcceptedMessage answer = AcceptedMessage.of(result);

        assertThat(answer.messageId()).isEqualTo(id.toString());
        assertThat(answer.recipients()).isEqualTo(3);
        assertThat(answer.deliveries()).containsExactly(
                new AcceptedDelivery(email.id().toString(), "email", "ann@example.com"),
                new AcceptedDelivery(push1.id().toString(), "push", "token-1"),
                new AcceptedDelivery(push2.id().toString(), "push", "token-2"));
    }

    @Test
    void aScopeThatMatchedNobodyIsAcceptedWithoutAMessage() {
        SendResult nobody = new SendResult(Optional.empty(), Optional.empty(), List.of(new RecipientOutcome.Accepted(
                new RecipientRequest.ToScope(Channel.EMAIL, Scope.parse(Map.of("department", "None"))), List.of())));

        assertThat(AcceptedMessage.of(nobody)).isEqualTo(new AcceptedMessage(null, 0, List.of()));
    }

    private static Delivery delivery(MessageId id, Recipient recipient) {
        return Delivery.queue(id, new TenantId("acme"), recipient, NOW, NOW);
    }
}
