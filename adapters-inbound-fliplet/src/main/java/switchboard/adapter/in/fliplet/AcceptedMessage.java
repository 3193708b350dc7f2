package switchboard.adapter.in.fliplet;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

import switchboard.application.send.RecipientOutcome;
import switchboard.application.send.SendResult;

/**
 * The answer to an accepted send. Fliplet documents no response bodies; Switchboard answers
 * with what it accepted: the message's id (null when nobody was to be reached, e.g. a scope
 * that matched no one) and one entry per delivery.
 */
@Serdeable
public record AcceptedMessage(@JsonInclude(JsonInclude.Include.ALWAYS) String messageId, int recipients,
                              List<AcceptedDelivery> deliveries) {

    public static AcceptedMessage of(SendResult result) {
        List<AcceptedDelivery> deliveries = result.outcomes().stream()
                .filter(RecipientOutcome.Accepted.class::isInstance)
                .flatMap(outcome -> ((RecipientOutcome.Accepted) outcome).deliveries().stream())
                .map(AcceptedDelivery::of)
                .toList();
        return new AcceptedMessage(result.messageId().map(Object::toString).orElse(null), deliveries.size(), deliveries);
    }
}
