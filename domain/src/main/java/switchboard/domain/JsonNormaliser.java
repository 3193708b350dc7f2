package switchboard.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static switchboard.domain.Invariants.require;

/**
 * Copies a JSON object tree, held as plain Java values the way a JSON library produces it,
 * into the domain's immutable form: {@code null}, {@link String}, {@link Boolean},
 * {@link BigDecimal} for every number (so {@code 35}, {@code 35L} and {@code 35.0} compare
 * alike), unmodifiable {@link List}s and {@link Map}s keyed by strings.
 *
 * <p>Contact data and scopes both arrive as such trees; sharing one copier keeps their
 * numbers comparable with each other. The copy checks the tree's depth (each nested object
 * or array is one level) and its size (every value counts, containers included), stopping
 * as soon as a bound is crossed, so a hostile tree costs no more than the bounds allow.
 *
 * @param subject    how messages name the tree, e.g. "contact data"
 * @param refusesNul the tree is stored as JSON in the database: its keys and strings may not hold
 *                   U+0000, which PostgreSQL's {@code jsonb} cannot hold (H2's JSON could)
 */
public record JsonNormaliser(String subject, int maxDepth, int maxValues, boolean refusesNul) {

    public JsonNormaliser {
        require(subject != null && !subject.isBlank(), "a JSON normaliser needs a subject");
        require(maxDepth >= 1, "maxDepth must be at least 1");
        require(maxValues >= 1, "maxValues must be at least 1");
    }

    /** A normaliser for a tree that is only read, never stored as JSON: any string is kept. */
    public JsonNormaliser(String subject, int maxDepth, int maxValues) {
        this(subject, maxDepth, maxValues, false);
    }

    /** Copies a JSON object; the object itself is at depth 1 and counts as one value. */
    public Map<String, Object> object(Map<?, ?> json) {
        return new Copy().object(json, 1);
    }

    /** One copy in progress: counts the values seen so far. */
    private final class Copy {

        private int values;

        private Map<String, Object> object(Map<?, ?> json, int depth) {
            count();
            require(depth <= maxDepth, "%s is nested deeper than %d levels", subject, maxDepth);
            Map<String, Object> copy = new LinkedHashMap<>();
            json.forEach((key, value) -> {
                require(key instanceof String, "%s keys must be strings", subject);
                requireNoNul((String) key);
                copy.put((String) key, value(value, depth));
            });
            return Collections.unmodifiableMap(copy);
        }

        private Object value(Object value, int depth) {
            if (value instanceof Map<?, ?> map) {
                return object(map, depth + 1);
            }
            if (value instanceof List<?> list) {
                count();
                require(depth + 1 <= maxDepth, "%s is nested deeper than %d levels", subject, maxDepth);
                List<Object> copy = new ArrayList<>(list.size());
                list.forEach(element -> copy.add(value(element, depth + 1)));
                return Collections.unmodifiableList(copy);
            }
            count();
            return scalar(value);
        }

        private void count() {
            values++;
            require(values <= maxValues, "%s has more than %d values", subject, maxValues);
        }
    }

    private void requireNoNul(String text) {
        if (refusesNul) {
            Invariants.requireNoNul(text, subject);
        }
    }

    private Object scalar(Object value) {
        if (value instanceof String text) {
            requireNoNul(text);
            return text;
        }
        if (value == null || value instanceof Boolean || value instanceof BigDecimal) {
            return value;
        }
        if (value instanceof BigInteger integer) {
            return new BigDecimal(integer);
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            require(Double.isFinite(number), "%s numbers must be finite", subject);
            return BigDecimal.valueOf(number);
        }
        if (value instanceof Number number) {
            return BigDecimal.valueOf(number.longValue());
        }
        throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
    }
}
