package switchboard.domain.scope;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The JSON types {@code $type} tests for, by name. JSON has one kind of number, so
 * MongoDB's numeric names all mean {@link #NUMBER}; {@code bool} is accepted for
 * {@link #BOOLEAN}. Names are case-sensitive, as operators are. A numeric string is a
 * string here: {@code $type} is the one place where a scope is strict about types.
 */
public enum JsonType {
    STRING("string"),
    NUMBER("number", "double", "int", "long", "decimal"),
    BOOLEAN("boolean", "bool"),
    ARRAY("array"),
    OBJECT("object"),
    NULL("null");

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
        };
    }
}
