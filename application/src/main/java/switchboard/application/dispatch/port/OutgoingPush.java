package switchboard.application.dispatch.port;

import java.util.Map;
import java.util.Objects;

import switchboard.domain.delivery.DeliveryId;
import switchboard.domain.recipient.PushToken;

/**
 * A push notification for one device.
 *
 * @param data key-value pairs the app receives with the notification
 */
public record OutgoingPush(DeliveryId deliveryId, PushToken token, String title, String body, Map<String, String> data) {

    public OutgoingPush {
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(body, "body");
        data = Map.copyOf(data);
    }
}
