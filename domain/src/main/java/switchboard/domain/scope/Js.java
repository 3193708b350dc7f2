package switchboard.domain.scope;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * JavaScript's reading of JSON values, which Sift applies to contacts' data: {@code undefined}
 * for what is absent, {@code typeof}, truthiness, the conversions to number and to string,
 * the relational comparison behind {@code <}, property access on objects, arrays and strings,
 * and Sift's deep equality. Numbers are JavaScript's doubles here, whatever BigDecimal holds
 * them. Objects are plain data: keys named like {@code Object.prototype}'s members
 * ({@code constructor}, {@code toString}) are ordinary keys, present or absent.
 */
final class Js {

    /** JavaScript's {@code undefined}: what a path reaches where nothing is. JSON's null stays {@code null}. */
    static final Object UNDEFINED = new Object() {
        @Override
        public String toString() {
            return "undefined";
        }
    };

    /** StrWhiteSpaceChar and LineTerminator, as {@code Number(" 5 ")} and {@code \s} read them. */
    static final String WHITE_SPACE = "\t\n\u000B\f\r \u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
            + "\u2009\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF";

    private static final Pattern DECIMAL_LITERAL = Pattern.compile("[+-]?(?:Infinity|(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?)");
    private static final Pattern NON_DECIMAL_LITERAL = Pattern.compile("0(?:[xX][0-9a-fA-F]+|[oO][0-7]+|[bB][01]+)");
    private static final long MAX_ARRAY_INDEX = 4_294_967_294L;

    private Js() {
    }

    static boolean isNullish(Object value) {
        return value == null || value == UNDEFINED;
    }

    static String typeOf(Object value) {
        if (value == UNDEFINED) {
            return "undefined";
        }
        if (value instanceof BigDecimal) {
            return "number";
        }
        if (value instanceof String) {
            return "string";
        }
        if (value instanceof Boolean) {
            return "boolean";
        }
        return "object";
    }

    static boolean truthy(Object value) {
        if (isNullish(value)) {
            return false;
        }
        if (value instanceof Boolean flag) {
            return flag;
        }
        if (value instanceof String text) {
            return !text.isEmpty();
        }
        if (value instanceof BigDecimal number) {
            return number.signum() != 0;
        }
        return true;
    }

    /** ToNumber: {@code null} is 0, {@code undefined} NaN, arrays and objects go through their string. */
    static double toNumber(Object value) {
        if (value == UNDEFINED) {
            return Double.NaN;
        }
        if (value == null) {
            return 0;
        }
        if (value instanceof BigDecimal number) {
            return number.doubleValue();
        }
        if (value instanceof Boolean flag) {
            return flag ? 1 : 0;
        }
        if (value instanceof String text) {
            return stringToNumber(text);
        }
        return stringToNumber(toText(value));
    }

    /** StringToNumber: {@code "0x1A"} is 26, {@code " 5 "} is 5, {@code ""} is 0, anything not a numeric literal NaN. */
    static double stringToNumber(String text) {
        String trimmed = strip(text);
        if (trimmed.isEmpty()) {
            return 0;
        }
        if (NON_DECIMAL_LITERAL.matcher(trimmed).matches()) {
            int radix = switch (Character.toLowerCase(trimmed.charAt(1))) {
                case 'x' -> 16;
                case 'o' -> 8;
                default -> 2;
            };
            return new BigInteger(trimmed.substring(2), radix).doubleValue();
        }
        if (trimmed.length() > Loose.MAX_NUMBER_LENGTH || !DECIMAL_LITERAL.matcher(trimmed).matches()) {
            return Double.NaN;
        }
        return Double.parseDouble(trimmed);
    }

    /** ToString: arrays join their elements' strings with commas (null and undefined as nothing), objects are {@code [object Object]}. */
    static String toText(Object value) {
        if (value == UNDEFINED) {
            return "undefined";
        }
        if (value == null) {
            return "null";
        }
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof BigDecimal number) {
            return numberToText(number.doubleValue());
        }
        if (value instanceof List<?> array) {
            return array.stream().map(element -> isNullish(element) ? "" : toText(element)).collect(Collectors.joining(","));
        }
        if (value instanceof Map) {
            return "[object Object]";
        }
        return value.toString();
    }

    /** Number::toString: {@code 35}, {@code 1.5}, {@code 1e+21}, {@code 1e-7}. */
    static String numberToText(double number) {
        if (Double.isNaN(number)) {
            return "NaN";
        }
        if (Double.isInfinite(number)) {
            return number > 0 ? "Infinity" : "-Infinity";
        }
        if (number == 0) {
            return "0";
        }
        BigDecimal exact = new BigDecimal(Double.toString(Math.abs(number))).stripTrailingZeros();
        String digits = exact.unscaledValue().toString();
        int k = digits.length();
        int n = k - exact.scale();
        String sign = number < 0 ? "-" : "";
        if (k <= n && n <= 21) {
            return sign + digits + "0".repeat(n - k);
        }
        if (0 < n && n <= 21) {
            return sign + digits.substring(0, n) + "." + digits.substring(n);
        }
        if (-6 < n && n <= 0) {
            return sign + "0." + "0".repeat(-n) + digits;
        }
        String exponent = (n - 1 >= 0 ? "+" : "-") + Math.abs(n - 1);
        return sign + digits.charAt(0) + (k > 1 ? "." + digits.substring(1) : "") + "e" + exponent;
    }

    /**
     * The abstract relational comparison {@code x < y}: TRUE, FALSE, or null where JavaScript
     * answers undefined (a NaN on either side). Arrays and objects become their strings first;
     * two strings compare by UTF-16 code units, anything else as numbers.
     */
    static Boolean lessThan(Object x, Object y) {
        Object left = primitive(x);
        Object right = primitive(y);
        if (left instanceof String a && right instanceof String b) {
            return a.compareTo(b) < 0;
        }
        double a = toNumber(left);
        double b = toNumber(right);
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return null;
        }
        return a < b;
    }

    private static Object primitive(Object value) {
        return value instanceof List || value instanceof Map ? toText(value) : value;
    }

    /** {@code ===}: numbers by value, strings and booleans by content, arrays and objects by identity. */
    static boolean strictlyEqual(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.doubleValue() == y.doubleValue();
        }
        if (a instanceof String || a instanceof Boolean) {
            return a.equals(b);
        }
        return a == b;
    }

    /**
     * {@code value[key]} for JSON values: an object's own key, an array's or a string's index
     * ({@code "0"}, not {@code "00"}) or {@code length} (a string's index gives that UTF-16 unit
     * as a string); anything else is undefined.
     */
    static Object property(Object value, String key) {
        if (value instanceof Map<?, ?> object) {
            return object.containsKey(key) ? object.get(key) : UNDEFINED;
        }
        if (value instanceof List<?> array) {
            long index = arrayIndex(key);
            return index >= 0 && index < array.size() ? array.get((int) index) : key.equals("length") ? number(array.size()) : UNDEFINED;
        }
        if (value instanceof String text) {
            long index = arrayIndex(key);
            return index >= 0 && index < text.length() ? String.valueOf(text.charAt((int) index))
                    : key.equals("length") ? number(text.length()) : UNDEFINED;
        }
        return UNDEFINED;
    }

    /** {@code Object.prototype.hasOwnProperty.call(owner, key)}; an Integer key is an index into an array. */
    static boolean hasOwn(Object owner, Object key) {
        if (key instanceof Integer index) {
            return owner instanceof List<?> array && index < array.size() || owner instanceof String text && index < text.length();
        }
        if (!(key instanceof String name)) {
            return false;
        }
        if (owner instanceof Map<?, ?> object) {
            return object.containsKey(name);
        }
        if (owner instanceof List || owner instanceof String) {
            return property(owner, name) != UNDEFINED;
        }
        return false;
    }

    /** Whether {@code Number(key)} is NaN, which is when Sift looks into an array's elements for a key. */
    static boolean isNotNumeric(String key) {
        return Double.isNaN(stringToNumber(key));
    }

    /** A key as an array index: its canonical decimal form ({@code "0"}, {@code "12"}), or -1. */
    static long arrayIndex(String key) {
        if (key.isEmpty() || key.length() > 10 || !key.chars().allMatch(c -> c >= '0' && c <= '9')
                || key.length() > 1 && key.charAt(0) == '0') {
            return -1;
        }
        long index = Long.parseLong(key);
        return index <= MAX_ARRAY_INDEX ? index : -1;
    }

    /** The keys of an object or array in the order {@code for...in} visits them: array indexes ascending, then the rest as written. */
    static List<String> keys(Object value) {
        if (value instanceof List<?> array) {
            List<String> indexes = new ArrayList<>(array.size());
            for (int i = 0; i < array.size(); i++) {
                indexes.add(String.valueOf(i));
            }
            return indexes;
        }
        Map<?, ?> object = (Map<?, ?>) value;
        List<String> keys = new ArrayList<>();
        object.keySet().stream().map(String.class::cast).filter(key -> arrayIndex(key) >= 0)
                .sorted((a, b) -> Long.compare(arrayIndex(a), arrayIndex(b))).forEach(keys::add);
        object.keySet().stream().map(String.class::cast).filter(key -> arrayIndex(key) < 0).forEach(keys::add);
        return keys;
    }

    /**
     * Sift's {@code equals}: nullish values equal each other; otherwise {@code ===}, or arrays
     * element by element, or objects with as many keys each equal to the other's value at that
     * key (an absent key reads as undefined, so {@code {"a": null}} equals {@code {"b": null}}).
     * {@code scalars} decides two values that are not both arrays or both objects and not {@code ===}.
     */
    static boolean deepEqual(Object a, Object b, ScalarEquality scalars) {
        if (isNullish(a) && isNullish(b) || strictlyEqual(a, b)) {
            return true;
        }
        if (a instanceof List<?> left && b instanceof List<?> right) {
            if (left.size() != right.size()) {
                return false;
            }
            for (int i = 0; i < left.size(); i++) {
                if (!deepEqual(left.get(i), right.get(i), scalars)) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Map<?, ?> left && b instanceof Map<?, ?> right) {
            return left.size() == right.size()
                    && left.keySet().stream().allMatch(key -> deepEqual(left.get(key), property(right, (String) key), scalars));
        }
        return scalars.equal(a, b);
    }

    interface ScalarEquality {
        boolean equal(Object a, Object b);
    }

    static BigDecimal number(long value) {
        return BigDecimal.valueOf(value);
    }

    private static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && WHITE_SPACE.indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && WHITE_SPACE.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(start, end);
    }
}
