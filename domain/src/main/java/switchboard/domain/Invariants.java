package switchboard.domain;

/** Checks shared by the value objects' constructors. */
public final class Invariants {

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
     * That the text, if any, holds no U+0000 (NUL): no text column of PostgreSQL can store it, and
     * no channel carries it.
     */
    public static void requireNoNul(String value, String name) {
        require(value == null || value.indexOf('\0') < 0, "%s cannot hold the character U+0000 (NUL)", name);
    }

    public static boolean containsLineBreak(String value) {
        return value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0;
    }
}
