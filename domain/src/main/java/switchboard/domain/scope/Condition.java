package switchboard.domain.scope;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import static switchboard.domain.Invariants.require;

/**
 * A node of a parsed scope. Every node tests what a field path {@link Found}; the root
 * is tested against the contact's data itself. The tree is built once by
 * {@link Scope#parse} and never changes; persistence may walk it to translate a scope into
 * SQL, and must then agree with these tests, which define what a scope means.
 *
 * <p>Negations ({@code $ne}, {@code $nin}, {@code $nor}, {@code $exists: false}) are a
 * {@link Not} around the positive node, so they hold exactly where the positive form does
 * not: {@code {"Tags": {"$ne": "a"}}} fails for {@code ["a", "b"]} and holds when
 * {@code Tags} is missing, as in MongoDB.
 */
public sealed interface Condition {

    boolean test(Found found);

    /** A query clause: the condition holds for what the path reaches in a document. */
    record Field(FieldPath path, Condition condition) implements Condition {
        @Override
        public boolean test(Found found) {
            return found.any(document -> condition.test(path.resolve(document)));
        }
    }

    /** Every condition holds: several keys in one object, {@code $and}, {@code $all}. An empty list always holds. */
    record AllOf(List<Condition> conditions) implements Condition {
        public AllOf {
            conditions = List.copyOf(conditions);
        }

        @Override
        public boolean test(Found found) {
            return conditions.stream().allMatch(condition -> condition.test(found));
        }
    }

    /** Some condition holds: {@code $or}, and {@code $nor} inside a {@link Not}. */
    record AnyOf(List<Condition> conditions) implements Condition {
        public AnyOf {
            conditions = List.copyOf(conditions);
            require(!conditions.isEmpty(), "AnyOf needs at least one condition");
        }

        @Override
        public boolean test(Found found) {
            return conditions.stream().anyMatch(condition -> condition.test(found));
        }
    }

    record Not(Condition condition) implements Condition {
        @Override
        public boolean test(Found found) {
            return !condition.test(found);
        }
    }

    /**
     * Equality ({@code {"Age": 35}}, {@code $eq}) in the sense of {@link Loose#equal}: a value
     * found, or an element of an array found, equals the operand. A null operand also
     * holds where the path reaches nothing, as in MongoDB and sift.
     */
    record Equals(Object value) implements Condition {
        @Override
        public boolean test(Found found) {
            return holds(found, value);
        }

        static boolean holds(Found found, Object value) {
            return value == null && found.missing() || found.anyOrElement(candidate -> Loose.equal(candidate, value));
        }
    }

    /** {@code $in}: equality with one of the values; an empty list never holds. */
    record In(List<Object> values) implements Condition {
        public In {
            values = Collections.unmodifiableList(new ArrayList<>(values));
        }

        @Override
        public boolean test(Found found) {
            return values.stream().anyMatch(value -> Equals.holds(found, value));
        }
    }

    /** {@code $gt}, {@code $gte}, {@code $lt}, {@code $lte} over {@link Comparables}; false when either side is not comparable. */
    record Compare(Comparison comparison, Object bound) implements Condition {
        @Override
        public boolean test(Found found) {
            Optional<BigDecimal> limit = Comparables.of(bound);
            return limit.isPresent() && found.anyOrElement(candidate -> Comparables.of(candidate)
                    .map(number -> comparison.holds(number.compareTo(limit.get()))).orElse(false));
        }
    }

    /** {@code $exists: true}: the path reaches a value, null included. */
    record Exists() implements Condition {
        @Override
        public boolean test(Found found) {
            return !found.values().isEmpty();
        }
    }

    /** {@code $size}: an array found has exactly this many elements. */
    record Size(int size) implements Condition {
        @Override
        public boolean test(Found found) {
            return found.any(candidate -> candidate instanceof List<?> array && array.size() == size);
        }
    }

    /**
     * {@code $elemMatch}: an array found has one element for which the condition holds on
     * its own. A query ({@code {"Type": "home"}}) only looks at elements that are objects;
     * operators ({@code {"$gt": 5}}) look at every element.
     */
    record ElemMatch(Condition condition, boolean objectsOnly) implements Condition {
        @Override
        public boolean test(Found found) {
            return found.any(candidate -> candidate instanceof List<?> array && array.stream()
                    .anyMatch(element -> (!objectsOnly || element instanceof Map) && condition.test(Found.value(element))));
        }
    }

    /**
     * {@code $mod: [divisor, remainder]}: a number, or a numeric string, truncated toward zero
     * as MongoDB does, leaves that remainder; the remainder takes the value's sign
     * ({@code -7 % 3} is {@code -1}). Values beyond 64-bit integers never match.
     */
    record Mod(long divisor, long remainder) implements Condition {
        public Mod {
            require(divisor != 0, "the $mod divisor must not be 0");
        }

        @Override
        public boolean test(Found found) {
            return found.anyOrElement(candidate -> Loose.number(candidate).flatMap(Mod::truncated)
                    .map(integer -> integer % divisor == remainder).orElse(false));
        }

        private static Optional<Long> truncated(BigDecimal number) {
            int integerDigits = number.precision() - number.scale();
            if (integerDigits <= 0) {
                return Optional.of(0L);
            }
            if (integerDigits > 19) {
                return Optional.empty();
            }
            try {
                return Optional.of(number.setScale(0, RoundingMode.DOWN).longValueExact());
            } catch (ArithmeticException beyondLong) {
                return Optional.empty();
            }
        }
    }

    /** {@code $type}: a value found, or an element of an array found, is of one of these types. */
    record TypeIs(Set<JsonType> types) implements Condition {
        public TypeIs {
            types = Set.copyOf(types);
            require(!types.isEmpty(), "TypeIs needs at least one type");
        }

        @Override
        public boolean test(Found found) {
            return found.anyOrElement(candidate -> types.stream().anyMatch(type -> type.isTypeOf(candidate)));
        }
    }

    /**
     * {@code $regex}: the pattern occurs somewhere in a string found (or in a string element
     * of an array found). Other values never match. A match that reads more than
     * {@code stepBudget} characters stops the whole evaluation with an
     * {@link InvalidScopeException}: treating it as "no match" would silently turn a
     * {@code $not} or {@code $nor} around it into "match", and the pattern would burn the
     * budget again on every contact. So does a match that overflows the stack, which Java's
     * engine can do on a long value for a repeated group with alternatives.
     *
     * @param at the field path, for the error message
     */
    record Regex(Pattern pattern, long stepBudget, String at) implements Condition {
        @Override
        public boolean test(Found found) {
            return found.anyOrElement(candidate -> candidate instanceof String text && find(text));
        }

        private boolean find(String text) {
            try {
                return pattern.matcher(new BudgetedText(text, stepBudget)).find();
            } catch (BudgetedText.Exhausted exhausted) {
                throw new InvalidScopeException("the regex '" + pattern.pattern() + "' at " + at + " gave up after "
                        + stepBudget + " steps on a contact's value: make it simpler");
            } catch (StackOverflowError tooDeep) {
                // Java's engine recurses once per repetition of a group with alternatives, like (a|b)+;
                // the stack has unwound to here, so the thread is safe to go on
                throw new InvalidScopeException("the regex '" + pattern.pattern() + "' at " + at
                        + " nests too deeply on a contact's value: make it simpler, e.g. [ab]+ instead of (a|b)+");
            }
        }
    }

    /**
     * Fliplet's {@code $like} and {@code $iLike}: the text occurs in the {@link Loose#text}
     * of a value found or of an element of an array found. Missing fields, nulls and
     * objects never match.
     */
    record Like(String text, boolean ignoreCase) implements Condition {
        @Override
        public boolean test(Found found) {
            String wanted = ignoreCase ? text.toLowerCase(Locale.ROOT) : text;
            return found.anyOrElement(candidate -> Loose.text(candidate)
                    .map(value -> (ignoreCase ? value.toLowerCase(Locale.ROOT) : value).contains(wanted)).orElse(false));
        }
    }
}
