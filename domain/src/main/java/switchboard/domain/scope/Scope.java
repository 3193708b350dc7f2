package switchboard.domain.scope;

import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import switchboard.domain.InvalidValueException;
import switchboard.domain.JsonNormaliser;
import switchboard.domain.contact.ContactData;

/**
 * A Sift-style query over contacts' data, as Fliplet's older email form sends it in
 * {@code scope}: parsed and checked once, then matched against any number of contacts (each
 * match evaluates a fresh tree of {@link Operation}s, so a scope can be shared between
 * threads). The language, and where it departs from Sift, is described in the
 * {@linkplain switchboard.domain.scope package documentation}.
 *
 * <p>Two scopes are equal when their normalised JSON queries are.
 */
public final class Scope {

    private final Map<String, Object> query;
    private final Supplier<Operation> root;

    private Scope(Map<String, Object> query, Supplier<Operation> root) {
        this.query = query;
        this.root = root;
    }

    /** Parses a query within {@link ScopeLimits#DEFAULT}. */
    public static Scope parse(Object query) {
        return parse(query, ScopeLimits.DEFAULT);
    }

    /**
     * Parses a query given as plain Java JSON values (maps, lists, strings, numbers of any
     * type, booleans, null), as a JSON library produces them.
     *
     * @throws InvalidScopeException when the query is not a JSON object, crosses a limit,
     *                               or holds anything scopes refuse; the message names the
     *                               operator or path at fault
     */
    public static Scope parse(Object query, ScopeLimits limits) {
        Objects.requireNonNull(limits, "limits");
        if (!(query instanceof Map<?, ?> object)) {
            throw new InvalidScopeException("a scope must be a JSON object, like {\"Email\": \"nick@example.org\"}");
        }
        Map<String, Object> normalised;
        try {
            normalised = new JsonNormaliser("the scope", limits.maxDepth(), limits.maxNodes()).object(object);
        } catch (InvalidValueException malformed) {
            throw new InvalidScopeException(malformed.getMessage());
        }
        return new Scope(normalised, new ScopeParser(limits).query(normalised, ""));
    }

    /**
     * Whether the contact's data matches.
     *
     * @throws InvalidScopeException when a {@code $regex} runs out of steps on this data
     */
    public boolean matches(ContactData data) {
        Operation operation = root.get();
        operation.reset();
        operation.next(data.asMap(), null, null, true);
        return operation.keep;
    }

    /** Whether a contact's data, given as plain JSON values, matches; the data is normalised first, as {@link ContactData#of} does. */
    public boolean matches(Map<String, ?> data) {
        return matches(ContactData.of(data));
    }

    /** The query as parsed: unmodifiable, every number a BigDecimal. */
    public Map<String, Object> query() {
        return query;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Scope scope && query.equals(scope.query);
    }

    @Override
    public int hashCode() {
        return query.hashCode();
    }

    @Override
    public String toString() {
        return "Scope" + query;
    }
}
