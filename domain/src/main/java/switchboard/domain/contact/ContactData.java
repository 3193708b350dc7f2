package switchboard.domain.contact;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import switchboard.domain.JsonNormaliser;

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

    private static final JsonNormaliser JSON = new JsonNormaliser("contact data", MAX_DEPTH, Integer.MAX_VALUE, true);

    private final Map<String, Object> values;

    private ContactData(Map<String, Object> values) {
        this.values = values;
    }

    /** Copies a JSON object tree, checking its types and depth and turning every number into a BigDecimal. */
    public static ContactData of(Map<String, ?> json) {
        require(json != null, "contact data must be a JSON object");
        return new ContactData(JSON.object(json));
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
