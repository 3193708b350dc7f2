package switchboard.domain.delivery;

import java.util.Objects;
import java.util.UUID;

public record DeliveryId(UUID value) {

    public DeliveryId {
        Objects.requireNonNull(value, "value");
    }

    public static DeliveryId random() {
        return new DeliveryId(UUID.randomUUID());
    }

    public static DeliveryId parse(String text) {
        return new DeliveryId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
