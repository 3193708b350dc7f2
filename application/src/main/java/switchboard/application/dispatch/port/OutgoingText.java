package switchboard.application.dispatch.port;

import java.util.Objects;
import java.util.Optional;

import switchboard.domain.delivery.DeliveryId;
import switchboard.domain.recipient.PhoneNumber;

import static switchboard.domain.Invariants.require;

/**
 * A text message (SMS or WhatsApp) for one phone.
 *
 * @param sender who it says it is from, or empty for the account's configured sender
 */
public record OutgoingText(DeliveryId deliveryId, PhoneNumber to, Optional<String> sender, String body) {

    public OutgoingText {
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(sender, "sender");
        require(body != null && !body.isEmpty(), "a text message needs a body");
    }
}
