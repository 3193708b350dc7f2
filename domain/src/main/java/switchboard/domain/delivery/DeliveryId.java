package switchboard.domain.delivery;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

import switchboard.domain.message.MessageId;

public record DeliveryId(UUID value) {

    public DeliveryId {
        Objects.requireNonNull(value, "value");
    }

    public static DeliveryId random() {
        return new DeliveryId(UUID.randomUUID());
    }

    /** The id of a message's {@code index}th delivery: the same whenever the message is composed again. */
    public static DeliveryId derived(MessageId messageId, int index) {
        return new DeliveryId(UUID.nameUUIDFromBytes((messageId + "/" + index).getBytes(StandardCharsets.UTF_8)));
    }

    public static DeliveryId parse(String text) {
        return new DeliveryId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
