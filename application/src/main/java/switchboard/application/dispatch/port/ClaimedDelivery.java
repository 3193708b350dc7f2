package switchboard.application.dispatch.port;

import java.util.Objects;

import switchboard.domain.delivery.Delivery;
import switchboard.domain.message.Message;

/** A delivery being sent under a worker's lease, with the message it carries. */
public record ClaimedDelivery(Delivery delivery, Message message, Lease lease) {

    public ClaimedDelivery {
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(lease, "lease");
    }
}
