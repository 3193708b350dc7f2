package switchboard.domain.contact;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static switchboard.domain.Invariants.require;

/**
 * A contact's attributes: an arbitrary JSON object, held as plain Java values so that any
 * JSON library can produce and consume it. Values are {@code null}, {@link String},
 * {@link Boolean}, {@link BigDecimal} (every number), {@link List} or {@link Map}; the
 * whole tree is immutable.
 */
public final class ContactData {

    public static final int MAX_DEPTH = 32;
    public static final ContactData EMPTY = new ContactData(Map.of());

    private final Map<String, Object> values;

    private ContactData(Map<String, Object> values) {
        this.values = values;
    }

    /** Copies a JSON object tree, checking its types and depth and turning every number into a BigDecimal. */
    public static ContactData of(Map<String, ?> json) {
        require(json != null, "contact data must be a JSON object");
        return new ContactData(copyObject(json, 1));
    }

    public Map<String, Object> asMap() {
        return values;
    }

    /** The value under the first of the given keys present in the data, keys compared ignoring case. */
    public Optional<Object> firstIgnoringCase(List<String> keys) {
        for (String key : keys) {
            for (Map.Entry<String, Object> entry : values.entrySet()) {
                if (entry.getKey().toLowerCase(Locale.ROOT).equals(key.toLowerCase(Locale.ROOT)) && entry.getValue() != null) {
                    return Optional.of(entry.getValue());
                }
            }
        }
        return Optional.empty();
    }

    private static Map<String, Object> copyObject(Map<?, ?> json, int depth) {
        require(depth <= MAX_DEPTH, "contact data is nested deeper than %d levels", MAX_DEPTH);
        Map<String, Object> copy = new LinkedHashMap<>();
        json.forEach((key, value) -> {
            require(key instanceof String, "contact data keys must be strings");
            copy.put((String) key, copyValue(value, depth));
        });
        return Collections.unmodifiableMap(copy);
    }

    private static Object copyValue(Object value, int depth) {
        if (value == null || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof BigInteger integer) {
            return new BigDecimal(integer);
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            require(Double.isFinite(number), "contact data numbers must be finite");
            return BigDecimal.valueOf(number);
        }
        if (value instanceof Number number) {
            return BigDecimal.valueOf(number.longValue());
        }
        if (value instanceof Map<?, ?> map) {
            return copyObject(map, depth + 1);
        }
        if (value instanceof List<?> list) {
            require(depth + 1 <= MAX_DEPTH, "contact data is nested deeper than %d levels", MAX_DEPTH);
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(element -> copy.add(copyValue(element, depth + 1)));
            return Collections.unmodifiableList(copy);
        }
        throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ContactData data && values.equals(data.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
