package switchboard.application.message;

import java.util.List;

import switchboard.domain.delivery.Delivery;
import switchboard.domain.message.Message;

/** A stored message with all its deliveries. */
public record MessageRecord(Message message, List<Delivery> deliveries) {

    public MessageRecord {
        deliveries = List.copyOf(deliveries);
    }
}
