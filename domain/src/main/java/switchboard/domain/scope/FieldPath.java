package switchboard.domain.scope;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A dotted field path such as {@code Address.City} or {@code Phones.0.Number}, split into
 * its segments.
 *
 * <p>Walking a path: an object is entered by key; an array meets a numeric segment
 * ({@code 0}, {@code 12}; no sign, no leading zero) as an index, and any other segment by
 * applying it to each element in turn, so {@code Phones.Type} reaches the {@code Type} of
 * every phone. A key that is absent, an index past the end, an empty array, or a scalar
 * (null included) with segments left to walk all count as missing.
 */
public record FieldPath(List<String> segments) {

    private static final int MAX_INDEX_DIGITS = 9;

    /** @throws InvalidScopeException when a segment is empty, as in {@code a..b} */
    public FieldPath {
        segments = List.copyOf(segments);
        if (segments.isEmpty() || segments.stream().anyMatch(String::isEmpty)) {
            throw new InvalidScopeException("the field path '" + String.join(".", segments) + "' has an empty part");
        }
    }

    static FieldPath parse(String text) {
        return new FieldPath(List.of(text.split("\\.", -1)));
    }

    Found resolve(Object document) {
        List<Object> values = new ArrayList<>();
        boolean missing = walk(document, 0, values);
        return Found.of(values, missing);
    }

    /** Collects what the path reaches from {@code current} on; answers whether some branch reached nothing. */
    private boolean walk(Object current, int segment, List<Object> values) {
        if (segment == segments.size()) {
            values.add(current);
            return false;
        }
        String key = segments.get(segment);
        if (current instanceof Map<?, ?> object) {
            return !object.containsKey(key) || walk(object.get(key), segment + 1, values);
        }
        if (current instanceof List<?> array) {
            if (isIndex(key)) {
                int index = Integer.parseInt(key);
                return index >= array.size() || walk(array.get(index), segment + 1, values);
            }
            boolean missing = array.isEmpty();
            for (Object element : array) {
                missing |= walk(element, segment, values);
            }
            return missing;
        }
        return true;
    }

    private static boolean isIndex(String segment) {
        return segment.length() <= MAX_INDEX_DIGITS && segment.chars().allMatch(c -> c >= '0' && c <= '9')
                && (segment.length() == 1 || segment.charAt(0) != '0');
    }

    @Override
    public String toString() {
        return String.join(".", segments);
    }
}
