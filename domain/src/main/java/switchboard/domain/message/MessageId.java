package switchboard.domain.message;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

public record MessageId(UUID value) {

    private static final long VERSION_7 = 0x7000L;
    /** The 12 bits after the version, random. */
    private static final long RANDOM_A = 0x0FFFL;

    public MessageId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * A new id, ordered by time: a UUID of version 7 (RFC 9562), the Unix time in milliseconds in its
     * first 48 bits and 74 random bits after it. Messages stored one after another then go to the end
     * of the tables' indexes by id instead of to random places in them, and their deliveries with
     * them ({@code DeliveryId#derived}).
     */
    public static MessageId generate() {
        UUID random = UUID.randomUUID();
        long mostSignificant = System.currentTimeMillis() << 16 | VERSION_7 | random.getMostSignificantBits() & RANDOM_A;
        return new MessageId(new UUID(mostSignificant, random.getLeastSignificantBits()));
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
