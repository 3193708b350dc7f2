package switchboard.domain.message;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

public record MessageId(UUID value) {

    public MessageId {
        Objects.requireNonNull(value, "value");
    }

    public static MessageId random() {
        return new MessageId(UUID.randomUUID());
    }

    /**
     * The id of the {@code index}th message a request makes, the same each time the request is
     * repeated under the same {@code requestId} (an Idempotency-Key's), so that a repeat finds
     * what an earlier attempt stored.
     */
    public static MessageId derived(UUID requestId, int index) {
        return new MessageId(UUID.nameUUIDFromBytes((requestId + "/" + index).getBytes(StandardCharsets.UTF_8)));
    }

    public static MessageId parse(String text) {
        return new MessageId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
