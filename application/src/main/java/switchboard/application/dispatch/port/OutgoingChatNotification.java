package switchboard.application.dispatch.port;

import java.util.Objects;

import switchboard.domain.delivery.DeliveryId;
import switchboard.domain.recipient.PhoneNumber;

/** A chat app notification for one phone: the text fills the account's approved template. */
public record OutgoingChatNotification(DeliveryId deliveryId, PhoneNumber phone, String text) {

    public OutgoingChatNotification {
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(text, "text");
    }
}
