package switchboard.domain;

import java.time.Instant;

/** Checks shared by the value objects' constructors. */
public final class Invariants {

    private static final Instant EARLIEST_STORABLE = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST_STORABLE = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private Invariants() {
    }

    public static void require(boolean condition, String message, Object... args) {
        if (!condition) {
            throw new InvalidValueException(args.length == 0 ? message : String.format(message, args));
        }
    }

    public static <T> T requirePresent(T value, String name) {
        require(value != null, "%s is required", name);
        return value;
    }

    /** A non-blank single-line text of at most {@code maxLength} characters. */
    public static String requireText(String value, String name, int maxLength) {
        require(value != null && !value.isBlank(), "%s is required", name);
        require(value.length() <= maxLength, "%s is longer than %d characters", name, maxLength);
        require(!containsLineBreak(value), "%s must not contain line breaks", name);
        requireNoNul(value, name);
        return value;
    }

    /**
     * That the text, if any, holds no U+0000 (NUL): no channel carries it, and text the gateway keeps
     * is kept as text, where a NUL has no place.
     */
    public static void requireNoNul(String value, String name) {
        require(value == null || value.indexOf('\0') < 0, "%s cannot hold the character U+0000 (NUL)", name);
    }

    /**
     * That the time falls in the years 1 to 9999, the years ISO 8601 writes with four digits: a time
     * given to schedule or to search by needs no more, and every store the gateway keeps times in
     * holds them.
     */
    public static Instant requireStorableTime(Instant time, String name) {
        require(!time.isBefore(EARLIEST_STORABLE) && !time.isAfter(LATEST_STORABLE), "%s must fall in the years 1 to 9999", name);
        return time;
    }

    public static boolean containsLineBreak(String value) {
        return value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0;
    }
}
