package switchboard.application.message;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

import switchboard.domain.delivery.DeliveryStatus;
import switchboard.domain.message.MessageId;

/** A message as listed: what it is and how many of its deliveries stand in each status. */
public record MessageSummary(MessageId id, String origin, String subject, String campaignId, boolean testMode,
                             Instant createdAt, Map<DeliveryStatus, Integer> deliveries) {

    public MessageSummary {
        Objects.requireNonNull(id, "id");
        deliveries = Map.copyOf(deliveries);
    }
}
