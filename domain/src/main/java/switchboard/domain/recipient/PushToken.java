package switchboard.domain.recipient;

import static switchboard.domain.Invariants.require;

/** A device's push registration token, as the push service issued it. */
public record PushToken(String value) implements Address {

    public static final int MAX_LENGTH = 4096;

    public PushToken {
        require(value != null && !value.isEmpty() && value.length() <= MAX_LENGTH
                        && value.chars().noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c)),
                "a push token is 1 to %d characters without spaces", MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
