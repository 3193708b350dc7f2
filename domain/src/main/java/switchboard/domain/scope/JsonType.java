package switchboard.domain.scope;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The types {@code $type} tests for, by Sift's names: {@code number}, {@code string},
 * {@code bool}, {@code array}, {@code null} (a null value, not a missing one) and
 * {@code timestamp} (a JavaScript Date, which JSON never holds). Fliplet's scopes may also
 * say {@code boolean}, {@code object} and MongoDB's numeric names, which Sift refuses. Names
 * are case-sensitive, as operators are. A numeric string is a string here: {@code $type} is
 * the one place where a scope is strict about types.
 */
enum JsonType {
    STRING("string"),
    NUMBER("number", "double", "int", "long", "decimal"),
    BOOLEAN("bool", "boolean"),
    ARRAY("array"),
    OBJECT("object"),
    NULL("null"),
    TIMESTAMP("timestamp");

    private final Set<String> names;

    JsonType(String... names) {
        this.names = Set.of(names);
    }

    static Optional<JsonType> named(String name) {
        return Arrays.stream(values()).filter(type -> type.names.contains(name)).findFirst();
    }

    boolean isTypeOf(Object value) {
        return switch (this) {
            case STRING -> value instanceof String;
            case NUMBER -> value instanceof BigDecimal;
            case BOOLEAN -> value instanceof Boolean;
            case ARRAY -> value instanceof List;
            case OBJECT -> value instanceof Map;
            case NULL -> value == null;
            case TIMESTAMP -> false;
        };
    }
}
