package switchboard.domain.delivery;

import java.util.Objects;
import java.util.UUID;
import java.util.function.IntFunction;

import switchboard.domain.message.MessageId;

public record DeliveryId(UUID value) {

    private static final long VERSION_BITS = 0xF000L;
    private static final long VERSION_8 = 0x8000L;
    private static final long INDEX_BITS = 0xFFFF_FFFFL;

    public DeliveryId {
        Objects.requireNonNull(value, "value");
    }

    public static DeliveryId random() {
        return new DeliveryId(UUID.randomUUID());
    }

    /**
     * The id of a message's {@code index}th delivery, the same whenever the message is composed
     * again: the message id with its last 32 bits replaced by the index, and version 8 (a layout of
     * its own, RFC 9562). A message's deliveries so sort together, in order: a bulk's thousands of
     * rows go into one place of the primary key's index instead of as many random places, which
     * costs the database a fraction of the page writes. The 90 random bits kept from the message id
     * keep ids of different messages apart.
     */
    public static DeliveryId derived(MessageId messageId, int index) {
        return derivedFrom(messageId).apply(index);
    }

    /** {@link #derived} for many deliveries of one message. */
    public static IntFunction<DeliveryId> derivedFrom(MessageId messageId) {
        UUID message = messageId.value();
        long mostSignificant = message.getMostSignificantBits() & ~VERSION_BITS | VERSION_8;
        long messageBits = message.getLeastSignificantBits() & ~INDEX_BITS;
        return index -> new DeliveryId(new UUID(mostSignificant, messageBits | Integer.toUnsignedLong(index)));
    }

    public static DeliveryId parse(String text) {
        return new DeliveryId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
