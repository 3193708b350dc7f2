package switchboard.domain.message;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

import switchboard.domain.TimeOrderedIds;

public record MessageId(UUID value) {

    public MessageId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * A new id, ordered by time ({@link TimeOrderedIds}): messages stored one after another go to the
     * end of the tables' indexes by id instead of to random places in them, and their deliveries with
     * them ({@code DeliveryId#derived}).
     */
    public static MessageId generate() {
        return new MessageId(TimeOrderedIds.next());
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
