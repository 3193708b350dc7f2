package switchboard.domain.scope;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Fliplet's loose reading of data-source values, which are often strings: equality that
 * takes {@code "35"} for {@code 35}, the number a numeric text holds, and a value's text.
 */
final class Loose {

    /** Longer numeric texts are read as text only: parsing them could cost more than a match is worth. */
    static final int MAX_NUMBER_LENGTH = 100;

    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?\\d+(?:\\.\\d+)?");
    private static final int MAX_PLAIN_SCALE = 100;

    private Loose() {
    }

    /**
     * Equality as scopes mean it: numbers by value ({@code 35} = {@code 35.0}); a number and a
     * string alike when the string is a plain decimal of that value ({@code 35} = {@code "35"}
     * = {@code "035"}); strings and booleans exactly; arrays element by element in order;
     * objects key by key in any order; null only to null. Strings are never compared as
     * numbers with each other: {@code "35"} is not {@code "35.0"}.
     */
    static boolean equal(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a instanceof BigDecimal || b instanceof BigDecimal) {
            Optional<BigDecimal> left = number(a);
            Optional<BigDecimal> right = number(b);
            return left.isPresent() && right.isPresent() && left.get().compareTo(right.get()) == 0;
        }
        if (a instanceof List<?> left && b instanceof List<?> right) {
            return left.size() == right.size() && allEqual(left, right);
        }
        if (a instanceof Map<?, ?> left && b instanceof Map<?, ?> right) {
            return left.keySet().equals(right.keySet())
                    && left.entrySet().stream().allMatch(entry -> equal(entry.getValue(), right.get(entry.getKey())));
        }
        return a.equals(b);
    }

    /** The number a value is: a number, or a string that is entirely a plain decimal like {@code -12.5}. */
    static Optional<BigDecimal> number(Object value) {
        if (value instanceof BigDecimal decimal) {
            return Optional.of(decimal);
        }
        if (value instanceof String text && text.length() <= MAX_NUMBER_LENGTH && PLAIN_DECIMAL.matcher(text).matches()) {
            return Optional.of(new BigDecimal(text));
        }
        return Optional.empty();
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

    private static boolean allEqual(List<?> left, List<?> right) {
        for (int i = 0; i < left.size(); i++) {
            if (!equal(left.get(i), right.get(i))) {
                return false;
            }
        }
        return true;
    }
}
