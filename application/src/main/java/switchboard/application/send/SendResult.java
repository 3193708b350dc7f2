package switchboard.application.send;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import switchboard.domain.delivery.Delivery;
import switchboard.domain.message.Content;
import switchboard.domain.message.MessageId;

/**
 * The answer to a send: one outcome per recipient, in the order of the command.
 *
 * @param messageId the stored message, or empty when every recipient was rejected and nothing was stored
 * @param content   the stored message's content (a personalised message's filled in, when it has no fields)
 */
public record SendResult(Optional<MessageId> messageId, Optional<Content> content, List<RecipientOutcome> outcomes) {

    public SendResult {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(content, "content");
        outcomes = List.copyOf(outcomes);
    }

    /** What one of the accepted deliveries says: its own content, or else the message's. */
    public Content contentOf(Delivery delivery) {
        return delivery.ownContent().orElseGet(content::orElseThrow);
    }
}
