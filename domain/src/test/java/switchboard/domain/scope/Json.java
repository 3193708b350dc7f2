package switchboard.domain.scope;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON reader for readable test tables. Strings may use single quotes, so that
 * queries fit in Java strings and CSV rows: {@code {'Age': {'$gt': 30}}}. Numbers come out
 * as a JSON library gives them (Long, or Double when they have a fraction or exponent), so
 * the scope's own normalisation is exercised too.
 */
final class Json {

    private final String text;
    private int position;

    private Json(String text) {
        this.text = text;
    }

    static Object parse(String text) {
        Json json = new Json(text);
        Object value = json.value();
        json.skipBlanks();
        if (json.position != text.length()) {
            throw json.error("trailing characters");
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(String text) {
        return (Map<String, Object>) parse(text);
    }

    private Object value() {
        skipBlanks();
        char next = peek();
        if (next == '{') {
            return object();
        }
        if (next == '[') {
            return array();
        }
        if (next == '"' || next == '\'') {
            return string();
        }
        if (text.startsWith("true", position)) {
            position += 4;
            return true;
        }
        if (text.startsWith("false", position)) {
            position += 5;
            return false;
        }
        if (text.startsWith("null", position)) {
            position += 4;
            return null;
        }
        return number();
    }

    private Map<String, Object> object() {
        Map<String, Object> object = new LinkedHashMap<>();
        position++;
        skipBlanks();
        if (peek() == '}') {
            position++;
            return object;
        }
        do {
            skipBlanks();
            String key = string();
            skipBlanks();
            expect(':');
            object.put(key, value());
            skipBlanks();
        } while (consume(','));
        expect('}');
        return object;
    }

    private List<Object> array() {
        List<Object> array = new ArrayList<>();
        position++;
        skipBlanks();
        if (peek() == ']') {
            position++;
            return array;
        }
        do {
            array.add(value());
            skipBlanks();
        } while (consume(','));
        expect(']');
        return array;
    }

    private String string() {
        char quote = peek();
        if (quote != '"' && quote != '\'') {
            throw error("a string");
        }
        position++;
        StringBuilder string = new StringBuilder();
        while (peek() != quote) {
            char next = text.charAt(position++);
            if (next == '\\') {
                char escaped = text.charAt(position++);
                switch (escaped) {
                    case 'n' -> string.append('\n');
                    case 't' -> string.append('\t');
                    case 'u' -> {
                        string.append((char) Integer.parseInt(text.substring(position, position + 4), 16));
                        position += 4;
                    }
                    default -> string.append(escaped);
                }
            } else {
                string.append(next);
            }
        }
        position++;
        return string.toString();
    }

    private Number number() {
        int start = position;
        while (position < text.length() && "+-0123456789.eE".indexOf(text.charAt(position)) >= 0) {
            position++;
        }
        String number = text.substring(start, position);
        if (number.isEmpty()) {
            throw error("a value");
        }
        return number.matches("-?\\d+") ? (Number) Long.valueOf(number) : (Number) Double.valueOf(number);
    }

    private void skipBlanks() {
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
    }

    private char peek() {
        if (position >= text.length()) {
            throw error("more input");
        }
        return text.charAt(position);
    }

    private boolean consume(char expected) {
        if (position < text.length() && text.charAt(position) == expected) {
            position++;
            return true;
        }
        return false;
    }

    private void expect(char expected) {
        if (!consume(expected)) {
            throw error("'" + expected + "'");
        }
    }

    private IllegalArgumentException error(String expected) {
        return new IllegalArgumentException("expected " + expected + " at " + position + " in " + text);
    }
}
