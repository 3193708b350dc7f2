package switchboard.application.port.in;

import java.util.List;
import java.util.Optional;

import switchboard.domain.message.MessageId;

/**
 * The answer to a send: one outcome per recipient, in the order of the command.
 *
 * @param messageId the stored message, or empty when every recipient was rejected and nothing was stored
 */
public record SendResult(Optional<MessageId> messageId, List<RecipientOutcome> outcomes) {

    public SendResult {
        outcomes = List.copyOf(outcomes);
    }
}
