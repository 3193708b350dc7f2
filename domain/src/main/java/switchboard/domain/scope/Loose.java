package switchboard.domain.scope;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Fliplet's loose reading of data-source values, which are often strings: equality that
 * takes {@code "35"} for {@code 35}, and a value's text for {@code $like}.
 */
final class Loose {

    /** Longer numeric texts are read as text only: parsing them could cost more than a match is worth. */
    static final int MAX_NUMBER_LENGTH = 100;

    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?\\d+(?:\\.\\d+)?");
    private static final int MAX_PLAIN_SCALE = 100;

    private Loose() {
    }

    /**
     * Equality as scopes mean it: Sift's (nullish values alike, numbers, strings and booleans
     * by {@code ===}, arrays element by element in order, objects key by key in any order),
     * and Fliplet's one loosening: a number equals a string that is entirely a plain decimal
     * of the same value ({@code 35} = {@code "35"} = {@code "035"}, not {@code "35 "} or
     * {@code "3.5e1"}), inside arrays and objects too. Strings are never compared as numbers
     * with each other: {@code "35"} is not {@code "35.0"}.
     */
    static boolean equal(Object a, Object b) {
        return Js.deepEqual(a, b, Loose::numberAndItsText);
    }

    private static boolean numberAndItsText(Object a, Object b) {
        if (a instanceof String && b instanceof BigDecimal) {
            return numberAndItsText(b, a);
        }
        return a instanceof BigDecimal number && b instanceof String text && text.length() <= MAX_NUMBER_LENGTH
                && PLAIN_DECIMAL.matcher(text).matches() && new BigDecimal(text).doubleValue() == number.doubleValue();
    }

    /**
     * The text of a scalar: a string itself, a number without trailing zeros ({@code 35},
     * {@code 1.5}), {@code true} or {@code false}. Null, arrays and objects have none.
     */
    static Optional<String> text(Object value) {
        if (value instanceof String text) {
            return Optional.of(text);
        }
        if (value instanceof BigDecimal decimal) {
            BigDecimal stripped = decimal.stripTrailingZeros();
            // a plain rendering of 1E+999999999 would be a billion characters long
            return Optional.of(Math.abs(stripped.scale()) > MAX_PLAIN_SCALE ? stripped.toString() : stripped.toPlainString());
        }
        if (value instanceof Boolean flag) {
            return Optional.of(flag.toString());
        }
        return Optional.empty();
    }
}
