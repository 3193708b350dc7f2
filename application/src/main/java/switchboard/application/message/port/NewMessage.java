package switchboard.application.message.port;

import java.util.List;
import java.util.Objects;

import switchboard.domain.delivery.Delivery;
import switchboard.domain.message.Message;

/** A message to store with its deliveries, all queued. */
public record NewMessage(Message message, List<Delivery> deliveries) {

    public NewMessage {
        Objects.requireNonNull(message, "message");
        deliveries = List.copyOf(deliveries);
    }
}
