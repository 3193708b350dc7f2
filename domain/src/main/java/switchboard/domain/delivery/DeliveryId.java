package switchboard.domain.delivery;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import java.util.UUID;
import java.util.function.IntFunction;

import switchboard.domain.message.MessageId;

public record DeliveryId(UUID value) {

    public DeliveryId {
        Objects.requireNonNull(value, "value");
    }

    public static DeliveryId random() {
        return new DeliveryId(UUID.randomUUID());
    }

    /**
     * The id of a message's {@code index}th delivery: the same whenever the message is composed again
     * (the name-based UUID of {@code "<message id>/<index>"}, as {@link UUID#nameUUIDFromBytes} makes it).
     */
    public static DeliveryId derived(MessageId messageId, int index) {
        return derivedFrom(messageId).apply(index);
    }

    /**
     * {@link #derived} for many deliveries of one message: the message's part of the name is encoded
     * once and one digest serves every index, where a bulk send would look up a digest per delivery.
     * Not for use by several threads at once.
     */
    public static IntFunction<DeliveryId> derivedFrom(MessageId messageId) {
        byte[] prefix = (messageId + "/").getBytes(StandardCharsets.UTF_8);
        MessageDigest md5 = md5();
        return index -> {
            md5.update(prefix);
            byte[] hash = md5.digest(Integer.toString(index).getBytes(StandardCharsets.US_ASCII));
            hash[6] = (byte) ((hash[6] & 0x0f) | 0x30); // version 3: name-based, MD5
            hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // the IETF variant
            ByteBuffer bits = ByteBuffer.wrap(hash);
            return new DeliveryId(new UUID(bits.getLong(), bits.getLong()));
        };
    }

    public static DeliveryId parse(String text) {
        return new DeliveryId(UUID.fromString(text));
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has MD5", e);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
