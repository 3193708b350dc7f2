package switchboard.domain.message;

import java.util.Objects;
import java.util.UUID;

public record MessageId(UUID value) {

    public MessageId {
        Objects.requireNonNull(value, "value");
    }

    public static MessageId random() {
        return new MessageId(UUID.randomUUID());
    }

    public static MessageId parse(String text) {
        return new MessageId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
