package switchboard.domain.scope;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

import switchboard.domain.scope.Operation.AnyOf;
import switchboard.domain.scope.Operation.ElemMatch;
import switchboard.domain.scope.Operation.Exists;
import switchboard.domain.scope.Operation.Group;
import switchboard.domain.scope.Operation.In;
import switchboard.domain.scope.Operation.Nested;
import switchboard.domain.scope.Operation.Not;
import switchboard.domain.scope.Operation.NotEqual;
import switchboard.domain.scope.Operation.NotIn;
import switchboard.domain.scope.Operation.Test;

import static switchboard.domain.scope.Operation.build;

/**
 * Turns a normalised JSON query into the plan of its {@link Operation}s, as Sift's
 * {@code createQueryOperation} does, refusing what Sift refuses and what would run code.
 * Locations in messages are the field path as written ({@code Address.City}), with logical
 * entries as {@code $or[1]}; the root is "the top of the scope".
 */
final class ScopeParser {

    private static final Set<String> LOGICAL = Set.of("$and", "$or", "$nor");
    private static final Set<String> CODE = Set.of("$where", "$expr", "$function", "$accumulator");
    private static final Set<String> OPERATORS = Set.of("$eq", "$ne", "$gt", "$gte", "$lt", "$lte", "$in", "$nin", "$all",
            "$not", "$exists", "$size", "$elemMatch", "$mod", "$type", "$regex", "$options", "$like", "$iLike",
            "$and", "$or", "$nor");
    private static final String TYPE_NAMES = "string, number, bool, array, null or timestamp";

    private final ScopeLimits limits;

    ScopeParser(ScopeLimits limits) {
        this.limits = limits;
    }

    /** A query: its operators test the value itself, its field paths what they reach; all must hold. */
    Supplier<Operation> query(Object query, String at) {
        List<Supplier<Operation>> own = new ArrayList<>();
        List<Supplier<Operation>> fields = new ArrayList<>();
        split(query, false, at, own, fields);
        List<Supplier<Operation>> clauses = new ArrayList<>();
        if (!own.isEmpty()) {
            clauses.add(nested(List.of(), own));
        }
        clauses.addAll(fields);
        return clauses.size() == 1 ? clauses.get(0) : () -> new Group(build(clauses));
    }

    /**
     * Sorts a query's keys into operators and field paths. Anything but an object or an array
     * is a value to equal; an array's keys are its indexes, as JavaScript walks it.
     */
    private void split(Object query, boolean ofField, String at, List<Supplier<Operation>> own, List<Supplier<Operation>> fields) {
        if (!(query instanceof Map || query instanceof List)) {
            own.add(test(equal(query)));
            return;
        }
        for (String key : Js.keys(query)) {
            Object value = Js.property(query, key);
            if (!key.startsWith("$")) {
                fields.add(field(key, value, join(at, key)));
            } else if (ofField && LOGICAL.contains(key)) {
                throw error("'%s' combines whole queries and belongs at the top of a query, not at %s: write {\"%s\": [{\"%s\": ...}, ...]}",
                        key, at, key, at);
            } else {
                operator(key, value, query, at).ifPresent(own::add);
            }
        }
    }

    /** A field path with its expression: operators, or any other value to equal. */
    private Supplier<Operation> field(String key, Object expression, String at) {
        List<String> path = List.of(key.split("\\.", -1));
        if (!isOperatorObject(expression)) {
            return nested(path, List.of(test(equal(expression))));
        }
        List<Supplier<Operation>> operators = new ArrayList<>();
        List<Supplier<Operation>> fields = new ArrayList<>();
        split(expression, true, at, operators, fields);
        if (!fields.isEmpty()) {
            List<String> names = Js.keys(expression).stream().filter(name -> !name.startsWith("$")).toList();
            throw error("%s mixes operators and field names (%s): use one or the other", at, String.join(", ", names));
        }
        return nested(path, operators);
    }

    private Optional<Supplier<Operation>> operator(String operator, Object operand, Object siblings, String at) {
        if (operator.equals("$options")) {
            // a flag of $regex; alone it tests nothing
            return Optional.empty();
        }
        return Optional.of(switch (operator) {
            case "$eq" -> test(equal(operand));
            case "$ne" -> {
                Predicate<Object> equal = equal(operand);
                yield () -> new NotEqual(equal);
            }
            case "$gt" -> test(Comparison.GT.test(operand));
            case "$gte" -> test(Comparison.GTE.test(operand));
            case "$lt" -> test(Comparison.LT.test(operand));
            case "$lte" -> test(Comparison.LTE.test(operand));
            case "$in" -> {
                List<Predicate<Object>> equals = values(operator, operand, at);
                yield () -> new In(equals);
            }
            case "$nin" -> {
                List<Predicate<Object>> equals = values(operator, operand, at);
                yield () -> new NotIn(new In(equals));
            }
            case "$all" -> {
                List<Supplier<Operation>> queries = queries(operator, operand, true, at);
                yield () -> new Group(build(queries));
            }
            case "$and" -> {
                List<Supplier<Operation>> queries = queries(operator, operand, false, at);
                yield () -> new Group(build(queries));
            }
            case "$or", "$nor" -> {
                List<Supplier<Operation>> queries = queries(operator, operand, false, at);
                boolean negated = operator.equals("$nor");
                yield () -> new AnyOf(build(queries), negated);
            }
            case "$not" -> {
                Supplier<Operation> query = query(operand, join(at, "$not"));
                yield () -> new Not(query.get());
            }
            case "$exists" -> {
                boolean truthy = Js.truthy(operand);
                yield () -> new Exists(truthy);
            }
            // an array of exactly this many elements, by ===: {"$size": "2"} holds for none
            case "$size" -> test(value -> value instanceof List<?> array && Js.strictlyEqual(Js.number(array.size()), operand));
            case "$elemMatch" -> elemMatch(operand, at);
            case "$mod" -> test(mod(operand, at));
            case "$type" -> test(type(operand, at));
            case "$regex" -> test(regex(operand, siblings, at));
            case "$like" -> test(like(operator, operand, false, at));
            case "$iLike" -> test(like(operator, operand, true, at));
            default -> throw notAnOperator(operator, describe(at));
        });
    }

    /** {@code $in}, {@code $nin}: an array of values, or one value alone; a value may not hold operators. */
    private static List<Predicate<Object>> values(String operator, Object operand, String at) {
        List<?> values = operand instanceof List<?> list ? list : Collections.singletonList(operand);
        return values.stream().map(value -> {
            if (isOperatorObject(value)) {
                throw error("%s takes plain values, and '%s' is an operator, at %s", operator, firstOperator(value), at);
            }
            return equal(value);
        }).toList();
    }

    /** The queries of {@code $and}, {@code $or}, {@code $nor} (a non-empty array) or {@code $all} (any array). */
    private List<Supplier<Operation>> queries(String operator, Object operand, boolean mayBeEmpty, String at) {
        if (!(operand instanceof List<?> queries) || queries.isEmpty() && !mayBeEmpty) {
            throw error("%s needs %s array at %s", operator, mayBeEmpty ? "an" : "a non-empty", describe(at));
        }
        List<Supplier<Operation>> parts = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            parts.add(query(queries.get(i), join(at, operator + "[" + i + "]")));
        }
        return parts;
    }

    private Supplier<Operation> elemMatch(Object operand, String at) {
        if (!(operand instanceof Map || operand instanceof List)) {
            throw error("$elemMatch needs an object at %s, like {\"$gt\": 5} or {\"Type\": \"home\"}", at);
        }
        Supplier<Operation> query = query(operand, join(at, "$elemMatch"));
        return () -> new ElemMatch(query.get());
    }

    /**
     * {@code $mod: [divisor, remainder]}: the value as a number, JavaScript's {@code %} (the
     * remainder keeps the value's sign and fraction), compared with {@code ===}. A missing
     * entry is undefined; a string operand gives its characters, as JavaScript's destructuring does.
     */
    private static Predicate<Object> mod(Object operand, String at) {
        List<?> pair;
        if (operand instanceof List<?> list) {
            pair = list;
        } else if (operand instanceof String text) {
            pair = text.codePoints().mapToObj(Character::toString).toList();
        } else {
            throw error("$mod needs [divisor, remainder] at %s", at);
        }
        double divisor = Js.toNumber(pair.isEmpty() ? Js.UNDEFINED : pair.get(0));
        Object remainder = pair.size() < 2 ? Js.UNDEFINED : pair.get(1);
        return value -> remainder instanceof BigDecimal expected && Js.toNumber(value) % divisor == expected.doubleValue();
    }

    private static Predicate<Object> type(Object operand, String at) {
        List<?> names = operand instanceof List<?> list ? list : operand instanceof String name ? List.of(name) : List.of();
        if (names.isEmpty() || !names.stream().allMatch(String.class::isInstance)) {
            throw error("$type needs a type name (%s) at %s", TYPE_NAMES, at);
        }
        Set<JsonType> types = EnumSet.noneOf(JsonType.class);
        for (Object name : names) {
            types.add(JsonType.named((String) name)
                    .orElseThrow(() -> error("unknown type '%s' for $type at %s: use %s", name, at, TYPE_NAMES)));
        }
        return value -> types.stream().anyMatch(type -> type.isTypeOf(value));
    }

    /** {@code new RegExp(String($regex), String($options))}, as Sift builds it, matched within the step budget. */
    private Predicate<Object> regex(Object operand, Object siblings, String at) {
        String pattern = Js.toText(operand);
        if (pattern.length() > limits.maxRegexLength()) {
            throw error("the regex at %s is longer than %d characters", at, limits.maxRegexLength());
        }
        Object options = Js.property(siblings, "$options");
        JsRegex regex;
        try {
            regex = JsRegex.compile(pattern, options == Js.UNDEFINED ? "" : Js.toText(options));
        } catch (JsRegex.SyntaxError invalid) {
            throw error("the regex '%s' at %s does not compile: %s", pattern, at, invalid.getMessage());
        }
        long budget = limits.regexStepBudget();
        return value -> value instanceof String text && find(regex, text, budget, at);
    }

    /**
     * A match that reads more than the budget allows stops the whole evaluation: treating it as
     * "no match" would silently turn a {@code $not} or {@code $nor} around it into "match", and
     * the pattern would burn the budget again on every contact. So does a match that overflows
     * the stack, which Java's engine can do on a long value for a repeated group with alternatives.
     */
    private static boolean find(JsRegex regex, String text, long budget, String at) {
        try {
            return regex.test(new BudgetedText(text, budget));
        } catch (BudgetedText.Exhausted exhausted) {
            throw new InvalidScopeException("the regex '" + regex.source() + "' at " + at + " gave up after "
                    + budget + " steps on a contact's value: make it simpler");
        } catch (StackOverflowError tooDeep) {
            // the stack has unwound to here, so the thread is safe to go on
            throw new InvalidScopeException("the regex '" + regex.source() + "' at " + at
                    + " nests too deeply on a contact's value: make it simpler, e.g. [ab]+ instead of (a|b)+");
        }
    }

    /** Fliplet's {@code $like} and {@code $iLike}: the operand's text occurs in the {@link Loose#text} of a value. */
    private static Predicate<Object> like(String operator, Object operand, boolean ignoreCase, String at) {
        String wanted = Loose.text(operand).orElseThrow(() -> error("%s needs a text at %s", operator, at));
        String folded = ignoreCase ? wanted.toLowerCase(Locale.ROOT) : wanted;
        return value -> Loose.text(value).map(text -> (ignoreCase ? text.toLowerCase(Locale.ROOT) : text).contains(folded))
                .orElse(false);
    }

    private static Predicate<Object> equal(Object operand) {
        return value -> Loose.equal(operand, value);
    }

    private static Supplier<Operation> test(Predicate<Object> predicate) {
        return () -> new Test(predicate);
    }

    private static Supplier<Operation> nested(List<String> path, List<Supplier<Operation>> operators) {
        return () -> new Nested(path, build(operators));
    }

    private static InvalidScopeException notAnOperator(String operator, String at) {
        if (CODE.contains(operator)) {
            return error("'%s' is not allowed at %s: scopes never run code", operator, at);
        }
        Optional<String> meant = Stream.concat(OPERATORS.stream(), LOGICAL.stream())
                .filter(known -> known.equalsIgnoreCase(operator)).findFirst();
        return error("unknown operator '%s' at %s%s", operator, at,
                meant.map(known -> " (operators are case-sensitive: did you mean '" + known + "'?)").orElse(""));
    }

    /** An object with a key starting with {@code $}, which Sift reads as operators rather than a value. */
    private static boolean isOperatorObject(Object value) {
        return value instanceof Map<?, ?> map && map.keySet().stream().anyMatch(key -> ((String) key).startsWith("$"));
    }

    private static String firstOperator(Object value) {
        return Js.keys(value).stream().filter(key -> key.startsWith("$")).findFirst().orElseThrow();
    }

    private static String join(String at, String key) {
        return at.isEmpty() ? key : at + "." + key;
    }

    private static String describe(String at) {
        return at.isEmpty() ? "the top of the scope" : at;
    }

    private static InvalidScopeException error(String message, Object... args) {
        return new InvalidScopeException(String.format(message, args));
    }
}
