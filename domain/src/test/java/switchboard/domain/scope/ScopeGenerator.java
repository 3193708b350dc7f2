package switchboard.domain.scope;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Random scopes and contacts for {@link ScopeDifferentialTest}, the same for the same seed.
 * Documents mix types at every field (numbers, numeric and date-like texts, nulls, arrays of
 * values and of objects, nested arrays, missing fields); queries use every Sift operator on
 * plain, dotted and indexed paths, nest logic, and now and then hold something Sift refuses.
 * Fliplet's extensions ({@code $like}, {@code $iLike}, the extra {@code $type} names) and
 * {@code $where} are left out: they are not Sift's.
 */
final class ScopeGenerator {

    private static final List<String> FIELDS = List.of("Name", "Age", "Tags", "Address", "Phones", "Score", "Active", "Joined", "Nick", "Grid");
    private static final List<String> PATHS = List.of("Name", "Age", "Tags", "Address", "Phones", "Score", "Active", "Joined", "Nick",
            "Grid", "Address.City", "Address.Zip", "Address.Lines.0", "Address.Lines", "Phones.Type", "Phones.0.Type", "Phones.1.Number",
            "Phones.Number", "Tags.0", "Tags.1", "Tags.length", "Name.length", "Name.0", "Grid.1.0", "Grid.0", "Grid.Type",
            "Missing", "Missing.deep", "Tags.01", "Phones.Type.length", "Address.0", "Score.x");
    private static final List<String> KEYS = List.of("Type", "Number", "City", "a", "b", "0", "1");
    private static final List<String> TEXTS = List.of("a", "b", "abc", "Abc", "ABC", "vip", "new", "home", "work", "line1\nline2",
            "line2\n", "line2", "x\r\ny", "caf\u00e9", "CAF\u00c9", "a\u2028b", "a\u0085b", "tab\there", " spaced ", "\u00a0nbsp", "a.b",
            "a-b_c", "null", "true", "[object Object]", "1,2", "aa", "aaa", "ab12", "_x", "\u00e9", "\ufeff", "", "Cork", "cork",
            "\u03b1\u03b2\u03b3", "A1", "x/y", "{a}", "a\\b", "ba", "vip member", "VIP");
    private static final List<String> NUMERIC_TEXTS = List.of("35", "035", "3.5", "-1.5", "35 ", " 35", "1e3", "0x1A", "$80", "12abc",
            "Infinity", "NaN", "3,5", "0", "-0", "2", "1", "+2", ".5", "5.", "0b11", "10");
    private static final List<String> DATES = List.of("2024-03-01", "2024-03-01T10:00:00Z", "2024-03-01 10:00", "01-02-2022",
            "2022.01.02", "2024-13-45", "2023-12-31", "2024-02-30", "2024-03-01T10:00:00+02:00", "12-31-2021");
    private static final List<Object> NUMBERS = List.of(0, 1, 2, 3, 5, 7, 10, 12, 35, 100, -1, -3, 0.5, 1.5, -2.5, 2.0, 1e21, 1e-7, 0.1);
    private static final List<String> FRAGMENTS = List.of("^a", "a$", "^line2$", "line2$", "^$", "abc", "a.c", ".", "^.+$", "\\d+",
            "\\D", "\\w+", "\\W", "\\s", "\\S+", "\\bvip\\b", "\\Bb", "[a-c]", "[^a-c]", "[A-Z]", "[\\d.]", "[]", "[^]", "(a|b)c",
            "(?:ab)+", "a{2}", "a{1,}", "a{,2}", "x*", "a+?", "(?=b)", "(?!a)", "(?<=a)b", "(?<!a)b", "(a)\\1", "(?<n>a)\\k<n>",
            "\\k", "\\u0041", "\\x41", "\\101", "\\0", "\\8", "\\cA", "\\c1", "\\a", "\\e", "\\/", "\\-", "\\.", "\u00e9", "\u00c9",
            "caf[e\u00e9]", "\\n", "\\r", "\\u2028", "\\t", "[\\s]", "[^\\S]", "\\p{L}", "\\p{Lu}+", "\\p{Script=Greek}", "\\u{41}",
            "{", "}", "]", "a|", "[\\w-]", "[-a]", "[a-]", "\\v", "\\f", "$", "^", "(?:)", "\\$", "\\^", "[\\b]", "\\B", "\\\\",
            "[.]", "[a-z\\d]+", "\\x4", "\\u004", "\\1(a)", "(a)|\\1b", "\\12");
    private static final List<String> BAD_FRAGMENTS = List.of("a\\", "(", "*a", "a**", "a{2}{3}", "[z-a]", "(?i)a", "(?<a>x)(?<a>y)",
            ")", "a{2,1}", "a++", "[", "\\p{L", "(?<1>a)");
    private static final List<String> FLAGS = List.of("", "", "", "i", "m", "s", "ms", "im", "g", "y", "u", "iu", "mu", "su", "d",
            "gi", "uy");

    private final Random random;
    private final List<Object> seen = new ArrayList<>();

    ScopeGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** Documents for one query; their values also feed the query's operands, so that queries select something. */
    List<Map<String, Object>> documents(int count) {
        seen.clear();
        List<Map<String, Object>> documents = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, Object> document = new LinkedHashMap<>();
            for (String field : FIELDS) {
                if (random.nextInt(10) < 6) {
                    document.put(field, field(field));
                }
            }
            documents.add(document);
        }
        return documents;
    }

    Map<String, Object> query() {
        return query(0);
    }

    private Object field(String field) {
        if (random.nextInt(10) < 4) {
            return remember(value(0));
        }
        return remember(switch (field) {
            case "Tags" -> list(() -> one(TEXTS, NUMERIC_TEXTS));
            case "Address" -> object("City", "Zip", "Lines");
            case "Phones" -> list(() -> random.nextInt(6) == 0 ? scalar() : object("Type", "Number"));
            case "Grid" -> list(() -> list(this::scalar));
            case "Joined" -> pick(DATES);
            default -> scalar();
        });
    }

    private Map<String, Object> object(String... keys) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (String key : keys) {
            if (random.nextInt(4) != 0) {
                object.put(key, remember(random.nextInt(4) == 0 ? value(1) : scalar()));
            }
        }
        return object;
    }

    private List<Object> list(Supplier<Object> element) {
        List<Object> list = new ArrayList<>();
        int size = random.nextInt(5);
        for (int i = 0; i < size; i++) {
            list.add(remember(element.get()));
        }
        return list;
    }

    private Object value(int depth) {
        int kind = random.nextInt(10);
        if (depth >= 2 || kind < 6) {
            return scalar();
        }
        if (kind < 8) {
            return list(() -> value(depth + 1));
        }
        Map<String, Object> object = new LinkedHashMap<>();
        int size = random.nextInt(3);
        for (int i = 0; i < size; i++) {
            object.put(pick(KEYS), value(depth + 1));
        }
        return object;
    }

    private Object scalar() {
        return switch (random.nextInt(12)) {
            case 0 -> null;
            case 1 -> random.nextBoolean();
            case 2, 3 -> random.nextInt(16) - 3;
            case 4 -> pick(NUMBERS);
            case 5, 6, 7, 8 -> pick(TEXTS);
            case 9, 10 -> pick(NUMERIC_TEXTS);
            default -> pick(DATES);
        };
    }

    private Object remember(Object value) {
        seen.add(value);
        return value;
    }

    /** An operand: mostly a value the documents hold, so that conditions hold now and then. */
    private Object operand() {
        return !seen.isEmpty() && random.nextInt(10) < 6 ? seen.get(random.nextInt(seen.size())) : value(1);
    }

    private Map<String, Object> query(int depth) {
        Map<String, Object> query = new LinkedHashMap<>();
        int clauses = 1 + (random.nextInt(3) == 0 ? 1 : 0);
        for (int i = 0; i < clauses; i++) {
            int kind = random.nextInt(20);
            if (kind < 3 && depth < 2) {
                String logical = pick(List.of("$and", "$or", "$nor"));
                query.put(logical, random.nextInt(25) == 0 ? pick(List.of(List.of(), Map.of("a", 1), "x")) : queries(depth + 1));
            } else if (kind == 3) {
                query.putAll(operators(depth + 1));
            } else {
                query.put(pick(PATHS), expression(depth + 1));
            }
        }
        return query;
    }

    private List<Object> queries(int depth) {
        List<Object> queries = new ArrayList<>();
        int size = 1 + random.nextInt(3);
        for (int i = 0; i < size; i++) {
            queries.add(random.nextInt(30) == 0 ? operand() : query(depth));
        }
        return queries;
    }

    private Object expression(int depth) {
        return random.nextInt(10) < 4 ? operand() : operators(depth);
    }

    private Map<String, Object> operators(int depth) {
        Map<String, Object> operators = new LinkedHashMap<>();
        int count = 1 + random.nextInt(random.nextInt(4) == 0 ? 3 : 1);
        for (int i = 0; i < count; i++) {
            operator(operators, depth);
        }
        return operators;
    }

    private void operator(Map<String, Object> operators, int depth) {
        int kind = random.nextInt(40);
        switch (kind) {
            case 0, 1, 2 -> operators.put("$eq", operand());
            case 3, 4, 5 -> operators.put("$ne", operand());
            case 6, 7, 8, 9, 10, 11 -> operators.put(pick(List.of("$gt", "$gte", "$lt", "$lte")), comparisonOperand());
            case 12, 13, 14 -> operators.put(pick(List.of("$in", "$nin")), values());
            case 15, 16 -> operators.put("$all", random.nextInt(8) == 0 ? List.of(operators(depth + 1)) : values());
            case 17, 18 -> operators.put("$exists", pick(List.of(true, false, true, false, 1, 0, "yes", "", List.of())));
            case 19, 20 -> operators.put("$size", pick(List.of(0, 1, 2, 3, 0, 1, 2, "2", 1.5, -1, List.of())));
            case 21, 22, 23 -> operators.put("$elemMatch", elemMatch(depth));
            case 24, 25 -> operators.put("$mod", pick(List.of(List.of(2, 0), List.of(2, 1), List.of(3, 1), List.of(5, 0), List.of(2),
                    List.of(), List.of(0, 0), List.of(2.5, 1), List.of(-3, 1), List.of(2, -1), List.of("2", 0), List.of(2, "0"), "20",
                    List.of(2, 0.5), List.of(1, 0))));
            case 26, 27 -> operators.put("$type", pick(List.of("number", "string", "bool", "array", "null", "timestamp", "date")));
            case 28, 29, 30, 31, 32 -> regex(operators);
            case 33, 34 -> operators.put("$not", depth < 3 ? expression(depth + 1) : operand());
            case 35 -> operators.put("$options", "i");
            case 36 -> operators.put(random.nextBoolean() ? pick(List.of("$and", "$or")) : pick(List.of("$foo", "$EQ", "$elemmatch")),
                    List.of(operators(depth + 1)));
            case 37 -> operators.put("$in", operand());
            default -> operators.put("$eq", pick(List.of(Map.of("$gt", 1), Map.of("a", 1), List.of(1, 2), List.of())));
        }
    }

    private Object comparisonOperand() {
        return switch (random.nextInt(6)) {
            case 0 -> pick(List.of(true, false));
            case 1 -> pick(Arrays.asList(null, List.of(), List.of(1), List.of("a"), Map.of(), Map.of("a", 1)));
            case 2 -> pick(TEXTS);
            default -> operand();
        };
    }

    private Object values() {
        int kind = random.nextInt(12);
        if (kind == 0) {
            return operand();
        }
        if (kind == 1) {
            return List.of(Map.of("$gt", 1));
        }
        List<Object> values = new ArrayList<>();
        int size = random.nextInt(4);
        for (int i = 0; i < size; i++) {
            values.add(operand());
        }
        return values;
    }

    private Object elemMatch(int depth) {
        return switch (random.nextInt(10)) {
            case 0 -> pick(Arrays.asList(null, 5, "x", Map.of(), List.of(1)));
            case 1, 2, 3, 4 -> operators(depth + 1);
            default -> {
                Map<String, Object> query = new LinkedHashMap<>();
                query.put(pick(KEYS), expression(depth + 1));
                yield query;
            }
        };
    }

    private void regex(Map<String, Object> operators) {
        StringBuilder pattern = new StringBuilder(pick(FRAGMENTS));
        if (random.nextBoolean()) {
            pattern.append(random.nextInt(8) == 0 ? pick(BAD_FRAGMENTS) : pick(FRAGMENTS));
        }
        operators.put("$regex", random.nextInt(30) == 0 ? operand() : pattern.toString());
        if (random.nextInt(3) != 0) {
            operators.put("$options", random.nextInt(20) == 0 ? pick(Arrays.asList(List.of("i"), 5, null, "x", "ii", "v", "uv"))
                    : pick(FLAGS));
        }
    }

    private Object one(List<String> first, List<String> second) {
        return random.nextBoolean() ? pick(first) : pick(second);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
