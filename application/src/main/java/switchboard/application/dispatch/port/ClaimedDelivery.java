package switchboard.application.dispatch.port;

import java.util.Objects;
import java.util.Optional;

import switchboard.domain.delivery.Delivery;
import switchboard.domain.message.Message;

/**
 * A delivery being sent under a worker's lease, with the message it carries.
 *
 * @param traceContext the trace context its send was stored in, for its attempt to join that trace; empty when none
 *                     was recorded
 */
public record ClaimedDelivery(Delivery delivery, Message message, Lease lease, Optional<String> traceContext) {

    public ClaimedDelivery {
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(traceContext, "traceContext");
    }
}
