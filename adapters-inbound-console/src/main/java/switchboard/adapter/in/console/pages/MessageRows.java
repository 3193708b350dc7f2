package switchboard.adapter.in.console.pages;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import switchboard.adapter.in.console.Paths;
import switchboard.application.message.MessageSummary;
import switchboard.domain.delivery.DeliveryStatus;

/** Messages as the overview and the message list show them, a row each. */
public final class MessageRows {

    private MessageRows() {
    }

    public static List<Row> of(String tenant, List<MessageSummary> messages) {
        return messages.stream().map(message -> new Row(message.id().value().toString(),
                Paths.message(tenant, message.id().value().toString()), message.origin(),
                message.subject() == null ? "" : message.subject(), message.campaignId() == null ? "" : message.campaignId(),
                message.testMode(), message.createdAt(), new TreeMap<>(message.deliveries()))).toList();
    }

    public record Row(String id, String href, String origin, String subject, String campaign, boolean testMode, Instant createdAt,
               Map<DeliveryStatus, Integer> deliveries) {
    }
}
