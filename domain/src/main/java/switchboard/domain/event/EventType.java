package switchboard.domain.event;

import java.util.Arrays;
import java.util.Optional;

import switchboard.domain.delivery.DeliveryStatus;

/**
 * What a tenant's event endpoints can be told: a message was accepted, or one of its deliveries
 * reached a state a client acts on. Each has the name it carries on the wire.
 */
public enum EventType {
    MESSAGE_ACCEPTED("message.accepted"),
    DELIVERY_SENT("delivery.sent"),
    DELIVERY_DELIVERED("delivery.delivered"),
    DELIVERY_FAILED("delivery.failed"),
    DELIVERY_DEAD("delivery.dead"),
    DELIVERY_SKIPPED("delivery.skipped"),
    DELIVERY_CANCELLED("delivery.cancelled"),
    DELIVERY_CAPTURED("delivery.captured");

    private final String wireName;

    EventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The type named so on the wire, if there is one. */
    public static Optional<EventType> named(String wireName) {
        return Arrays.stream(values()).filter(type -> type.wireName.equals(wireName)).findFirst();
    }

    /**
     * The event a delivery's move to {@code status} makes, if any: waiting and being sent (a claim,
     * a retry's wait) make none, every end and every provider's report does.
     */
    public static Optional<EventType> reporting(DeliveryStatus status) {
        return Optional.ofNullable(switch (status) {
            case QUEUED, SENDING -> null;
            case SENT -> DELIVERY_SENT;
            case DELIVERED -> DELIVERY_DELIVERED;
            case FAILED -> DELIVERY_FAILED;
            case DEAD -> DELIVERY_DEAD;
            case SKIPPED -> DELIVERY_SKIPPED;
            case CANCELLED -> DELIVERY_CANCELLED;
            case CAPTURED -> DELIVERY_CAPTURED;
        });
    }
}
