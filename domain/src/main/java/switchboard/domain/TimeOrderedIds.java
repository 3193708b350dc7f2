package switchboard.domain;

import java.util.UUID;

/**
 * UUIDs of version 7 (RFC 9562): the Unix time in milliseconds in the first 48 bits and 74 random
 * bits after it. Rows keyed by them, stored one after another, go to the end of their indexes
 * instead of to random places in them.
 */
public final class TimeOrderedIds {

    private static final long VERSION_7 = 0x7000L;
    /** The 12 bits after the version, random. */
    private static final long RANDOM_A = 0x0FFFL;

    private TimeOrderedIds() {
    }

    public static UUID next() {
        UUID random = UUID.randomUUID();
        long mostSignificant = System.currentTimeMillis() << 16 | VERSION_7 | random.getMostSignificantBits() & RANDOM_A;
        return new UUID(mostSignificant, random.getLeastSignificantBits());
    }
}
