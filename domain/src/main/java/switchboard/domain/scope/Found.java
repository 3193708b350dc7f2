package switchboard.domain.scope;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

/**
 * What a field path reaches in a contact's data: the values present at its end (a null
 * value is present) and whether some branch of the path reached nothing. A path that fans
 * out over an array can do both: {@code Phones.Type} over {@code [{"Type":"home"}, {}]}
 * finds {@code "home"} and a missing {@code Type}.
 *
 * <p>Public only because {@link Condition#test} takes one; this package alone builds them,
 * so code outside matches through {@link Scope#matches}.
 */
public final class Found {

    private final List<Object> values;
    private final boolean missing;

    private Found(List<Object> values, boolean missing) {
        this.values = values;
        this.missing = missing;
    }

    /** A single present value: the document itself, or one element under {@code $elemMatch}. */
    static Found value(Object value) {
        return new Found(Collections.singletonList(value), false);
    }

    static Found of(List<Object> values, boolean missing) {
        return new Found(Collections.unmodifiableList(new ArrayList<>(values)), missing);
    }

    List<Object> values() {
        return values;
    }

    boolean missing() {
        return missing;
    }

    /** Whether some value found holds the predicate, looking at the value itself only. */
    boolean any(Predicate<Object> predicate) {
        return values.stream().anyMatch(predicate);
    }

    /** Whether some value found, or for an array one of its elements, holds the predicate. */
    boolean anyOrElement(Predicate<Object> predicate) {
        return values.stream().anyMatch(value -> predicate.test(value)
                || value instanceof List<?> list && list.stream().anyMatch(predicate));
    }
}
