package switchboard.domain.scope;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

import switchboard.domain.scope.Condition.AllOf;
import switchboard.domain.scope.Condition.AnyOf;
import switchboard.domain.scope.Condition.Compare;
import switchboard.domain.scope.Condition.ElemMatch;
import switchboard.domain.scope.Condition.Equals;
import switchboard.domain.scope.Condition.Exists;
import switchboard.domain.scope.Condition.Field;
import switchboard.domain.scope.Condition.In;
import switchboard.domain.scope.Condition.Like;
import switchboard.domain.scope.Condition.Mod;
import switchboard.domain.scope.Condition.Not;
import switchboard.domain.scope.Condition.Regex;
import switchboard.domain.scope.Condition.Size;
import switchboard.domain.scope.Condition.TypeIs;

/**
 * Turns a normalised JSON query into a {@link Condition} tree, refusing what it cannot
 * mean. Locations in messages are the field path as written ({@code Address.City}), with
 * logical entries as {@code $or[1]}; the root is "the top of the scope".
 */
final class ScopeParser {

    private static final Set<String> LOGICAL = Set.of("$and", "$or", "$nor");
    private static final Set<String> CODE = Set.of("$where", "$expr", "$function", "$accumulator");
    private static final Set<String> FIELD_OPERATORS = Set.of("$eq", "$ne", "$gt", "$gte", "$lt", "$lte", "$in", "$nin",
            "$all", "$not", "$exists", "$size", "$elemMatch", "$mod", "$type", "$regex", "$options", "$like", "$iLike");
    private static final String TYPE_NAMES = "string, number, boolean, array, object or null";

    private final ScopeLimits limits;

    ScopeParser(ScopeLimits limits) {
        this.limits = limits;
    }

    /** A query object: field paths, each with its expression, and logical operators; all must hold. */
    Condition query(Map<String, Object> query, String at) {
        List<Condition> clauses = new ArrayList<>();
        query.forEach((key, value) -> clauses.add(isOperator(key) ? logical(key, value, at)
                : new Field(FieldPath.parse(key), expression(value, join(at, key)))));
        return clauses.size() == 1 ? clauses.get(0) : new AllOf(clauses);
    }

    private Condition logical(String operator, Object value, String at) {
        if (!LOGICAL.contains(operator)) {
            throw notAtTheTop(operator, at);
        }
        if (!(value instanceof List<?> queries) || queries.isEmpty()) {
            throw error("%s needs a non-empty array of queries at %s", operator, describe(at));
        }
        List<Condition> parts = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            if (!(queries.get(i) instanceof Map<?, ?> query)) {
                throw error("%s needs a non-empty array of queries at %s, and entry %d is not an object", operator, describe(at), i);
            }
            parts.add(query(object(query), join(at, operator + "[" + i + "]")));
        }
        return switch (operator) {
            case "$and" -> new AllOf(parts);
            case "$or" -> new AnyOf(parts);
            default -> new Not(new AnyOf(parts));
        };
    }

    /** What a field is matched with: an object of operators, or any other value to equal. */
    private Condition expression(Object value, String at) {
        if (value instanceof Map<?, ?> map && map.keySet().stream().anyMatch(key -> isOperator((String) key))) {
            return operators(object(map), at);
        }
        return new Equals(value);
    }

    private Condition operators(Map<String, Object> operators, String at) {
        List<String> fields = operators.keySet().stream().filter(key -> !isOperator(key)).toList();
        if (!fields.isEmpty()) {
            throw error("%s mixes operators and field names (%s): use one or the other", at, String.join(", ", fields));
        }
        if (operators.containsKey("$options") && !operators.containsKey("$regex")) {
            throw error("$options needs a $regex next to it at %s", at);
        }
        List<Condition> conditions = new ArrayList<>();
        operators.forEach((operator, operand) -> {
            if (!operator.equals("$options")) {
                conditions.add(operator(operator, operand, operators, at));
            }
        });
        return conditions.size() == 1 ? conditions.get(0) : new AllOf(conditions);
    }

    private Condition operator(String operator, Object operand, Map<String, Object> siblings, String at) {
        return switch (operator) {
            case "$eq" -> new Equals(literal(operator, operand, at));
            case "$ne" -> new Not(new Equals(literal(operator, operand, at)));
            case "$gt" -> compare(Comparison.GT, operand, at);
            case "$gte" -> compare(Comparison.GTE, operand, at);
            case "$lt" -> compare(Comparison.LT, operand, at);
            case "$lte" -> compare(Comparison.LTE, operand, at);
            case "$in" -> new In(values(operator, operand, at));
            case "$nin" -> new Not(new In(values(operator, operand, at)));
            case "$all" -> all(operand, at);
            case "$not" -> not(operand, at);
            case "$exists" -> exists(operand, at);
            case "$size" -> new Size(size(operand, at));
            case "$elemMatch" -> elemMatch(operand, at);
            case "$mod" -> mod(operand, at);
            case "$type" -> type(operand, at);
            case "$regex" -> regex(operand, siblings, at);
            case "$like" -> like(operator, operand, false, at);
            case "$iLike" -> like(operator, operand, true, at);
            default -> throw notInAField(operator, at);
        };
    }

    private static Compare compare(Comparison comparison, Object operand, String at) {
        if (!(operand instanceof BigDecimal || operand instanceof String)) {
            throw error("%s needs a number or a text (a date, an amount) at %s", comparison.operator(), at);
        }
        return new Compare(comparison, operand);
    }

    private static List<Object> values(String operator, Object operand, String at) {
        if (!(operand instanceof List<?> values)) {
            throw error("%s needs an array of values at %s", operator, at);
        }
        return values.stream().map(value -> literal(operator, value, at)).toList();
    }

    /**
     * A value to compare with, which must not look like operators: Sift would run
     * {@code {"$in": [{"$gt": 5}]}} as a condition, MongoDB would compare it as an object
     * that no contact holds; refusing it spares the caller a silent surprise either way.
     */
    private static Object literal(String operator, Object value, String at) {
        if (value instanceof Map<?, ?> map) {
            map.keySet().stream().map(String.class::cast).filter(ScopeParser::isOperator).findFirst().ifPresent(inner -> {
                throw error("%s takes plain values, and '%s' is an operator, at %s", operator, inner, at);
            });
        }
        return value;
    }

    /** {@code $all}: each value is equal to the field or to one of its elements. */
    private static Condition all(Object operand, String at) {
        if (!(operand instanceof List<?> values) || values.isEmpty()) {
            throw error("$all needs a non-empty array of values at %s", at);
        }
        return new AllOf(values.stream().<Condition>map(value -> new Equals(literal("$all", value, at))).toList());
    }

    private Condition not(Object operand, String at) {
        if (!(operand instanceof Map<?, ?> map) || map.isEmpty() || !map.keySet().stream().allMatch(key -> isOperator((String) key))) {
            throw error("$not needs an object of operators, like {\"$gt\": 5} or {\"$regex\": \"^a\"}, at %s", at);
        }
        return new Not(operators(object(map), join(at, "$not")));
    }

    private static Condition exists(Object operand, String at) {
        if (!(operand instanceof Boolean exists)) {
            throw error("$exists needs true or false at %s", at);
        }
        return exists ? new Exists() : new Not(new Exists());
    }

    private static int size(Object operand, String at) {
        return integer(operand).filter(size -> size >= 0 && size <= Integer.MAX_VALUE).map(Long::intValue)
                .orElseThrow(() -> error("$size needs a non-negative integer at %s", at));
    }

    /**
     * {@code $elemMatch} holds operators for each element ({@code {"$gt": 5}}) when it has an
     * operator other than {@code $and/$or/$nor}, and otherwise a query for each object
     * element ({@code {"Type": "home"}}), as in MongoDB.
     */
    private Condition elemMatch(Object operand, String at) {
        if (!(operand instanceof Map<?, ?> map) || map.isEmpty()) {
            throw error("$elemMatch needs a non-empty object at %s", at);
        }
        Map<String, Object> criteria = object(map);
        String inside = join(at, "$elemMatch");
        boolean ofElements = criteria.keySet().stream().anyMatch(key -> isOperator(key) && !LOGICAL.contains(key));
        return ofElements ? new ElemMatch(operators(criteria, inside), false) : new ElemMatch(query(criteria, inside), true);
    }

    private static Mod mod(Object operand, String at) {
        if (operand instanceof List<?> pair && pair.size() == 2) {
            Optional<Long> divisor = integer(pair.get(0)).filter(value -> value != 0);
            Optional<Long> remainder = integer(pair.get(1));
            if (divisor.isPresent() && remainder.isPresent()) {
                return new Mod(divisor.get(), remainder.get());
            }
        }
        throw error("$mod needs [divisor, remainder], two integers with a divisor other than 0, at %s", at);
    }

    private static TypeIs type(Object operand, String at) {
        List<?> names = operand instanceof List<?> list ? list : operand instanceof String name ? List.of(name) : List.of();
        if (names.isEmpty() || !names.stream().allMatch(String.class::isInstance)) {
            throw error("$type needs a type name (%s) or an array of them at %s", TYPE_NAMES, at);
        }
        Set<JsonType> types = EnumSet.noneOf(JsonType.class);
        for (Object name : names) {
            types.add(JsonType.named((String) name)
                    .orElseThrow(() -> error("unknown type '%s' for $type at %s: use %s", name, at, TYPE_NAMES)));
        }
        return new TypeIs(types);
    }

    private Regex regex(Object operand, Map<String, Object> siblings, String at) {
        if (!(operand instanceof String pattern)) {
            throw error("$regex needs a text pattern at %s", at);
        }
        if (pattern.length() > limits.maxRegexLength()) {
            throw error("the regex at %s is longer than %d characters", at, limits.maxRegexLength());
        }
        int flags = siblings.containsKey("$options") ? flags(siblings.get("$options"), at) : 0;
        try {
            return new Regex(Pattern.compile(pattern, flags), limits.regexStepBudget(), at);
        } catch (PatternSyntaxException invalid) {
            throw error("the regex '%s' at %s does not compile: %s", pattern, at, invalid.getDescription());
        }
    }

    private static int flags(Object options, String at) {
        if (!(options instanceof String letters) || !letters.chars().allMatch(letter -> "ims".indexOf(letter) >= 0)) {
            throw error("$options takes only the flags i, m and s at %s", at);
        }
        int flags = 0;
        for (char letter : letters.toCharArray()) {
            flags |= switch (letter) {
                case 'i' -> Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
                case 'm' -> Pattern.MULTILINE;
                default -> Pattern.DOTALL;
            };
        }
        return flags;
    }

    private static Like like(String operator, Object operand, boolean ignoreCase, String at) {
        return new Like(Loose.text(operand).orElseThrow(() -> error("%s needs a text at %s", operator, at)), ignoreCase);
    }

    /** A logical, code or field operator used where a query's keys are expected. */
    private static InvalidScopeException notAtTheTop(String operator, String at) {
        if (FIELD_OPERATORS.contains(operator)) {
            return error("'%s' needs a field at %s: write {\"Field\": {\"%s\": ...}}%s", operator, describe(at), operator,
                    operator.equals("$not") ? ", or use $nor" : "");
        }
        return notAnOperator(operator, describe(at));
    }

    /** A logical, code or query operator used where a field's operators are expected. */
    private static InvalidScopeException notInAField(String operator, String at) {
        if (LOGICAL.contains(operator)) {
            return error("'%s' combines whole queries and belongs at the top of a query, not at %s: write {\"%s\": [{\"%s\": ...}, ...]}",
                    operator, at, operator, at);
        }
        return notAnOperator(operator, at);
    }

    private static InvalidScopeException notAnOperator(String operator, String at) {
        if (CODE.contains(operator)) {
            return error("'%s' is not allowed at %s: scopes never run code", operator, at);
        }
        Optional<String> meant = Stream.concat(FIELD_OPERATORS.stream(), LOGICAL.stream())
                .filter(known -> known.equalsIgnoreCase(operator)).findFirst();
        return error("unknown operator '%s' at %s%s", operator, at,
                meant.map(known -> " (operators are case-sensitive: did you mean '" + known + "'?)").orElse(""));
    }

    /** An integral number that fits in a long: {@code 3} and {@code 3.0}, not {@code 3.5}. */
    private static Optional<Long> integer(Object value) {
        if (!(value instanceof BigDecimal number)) {
            return Optional.empty();
        }
        try {
            return Optional.of(number.longValueExact());
        } catch (ArithmeticException notALong) {
            return Optional.empty();
        }
    }

    private static boolean isOperator(String key) {
        return key.startsWith("$");
    }

    private static String join(String at, String key) {
        return at.isEmpty() ? key : at + "." + key;
    }

    private static String describe(String at) {
        return at.isEmpty() ? "the top of the scope" : at;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Map<?, ?> normalised) {
        return (Map<String, Object>) normalised;
    }

    private static InvalidScopeException error(String message, Object... args) {
        return new InvalidScopeException(String.format(message, args));
    }
}
