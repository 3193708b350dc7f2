package switchboard.domain.scope;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The four ordering operators. A number or a text operand compares loosely, as Fliplet does
 * ({@link Comparables}); any other operand (true, null, an array, an object) compares as Sift
 * does: only with values of the same {@code typeof}, by JavaScript's {@code <}.
 */
enum Comparison {
    GT, GTE, LT, LTE;

    Predicate<Object> test(Object bound) {
        if (bound instanceof BigDecimal || bound instanceof String) {
            Optional<BigDecimal> limit = Comparables.of(bound);
            return value -> limit.isPresent()
                    && Comparables.of(value).map(number -> holds(number.compareTo(limit.get()))).orElse(false);
        }
        String type = Js.typeOf(bound);
        return value -> {
            Object actual = Js.isNullish(value) ? null : value;
            return Js.typeOf(actual).equals(type) && holdsInJavaScript(actual, bound);
        };
    }

    /** Whether a value holds the comparison, given {@code value.compareTo(bound)}. */
    private boolean holds(int order) {
        return switch (this) {
            case GT -> order > 0;
            case GTE -> order >= 0;
            case LT -> order < 0;
            case LTE -> order <= 0;
        };
    }

    /** Sift's tests: {@code b != null && b > p}, {@code b === p || b >= p}, and so on. */
    private boolean holdsInJavaScript(Object value, Object bound) {
        return switch (this) {
            case GT -> value != null && Boolean.TRUE.equals(Js.lessThan(bound, value));
            case GTE -> Js.strictlyEqual(value, bound) || Boolean.FALSE.equals(Js.lessThan(value, bound));
            case LT -> value != null && Boolean.TRUE.equals(Js.lessThan(value, bound));
            case LTE -> Js.strictlyEqual(value, bound) || Boolean.FALSE.equals(Js.lessThan(bound, value));
        };
    }
}
