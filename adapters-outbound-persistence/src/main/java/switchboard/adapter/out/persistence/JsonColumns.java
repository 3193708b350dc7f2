package switchboard.adapter.out.persistence;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Reads and writes the JSON columns. */
@Singleton
public class JsonColumns {

    private static final Argument<Map<String, Object>> OBJECT = Argument.mapOf(String.class, Object.class);
    private static final Argument<List<Object>> ARRAY = Argument.listOf(Object.class);
    private static final String EMPTY_ARRAY = "[]";

    private final JsonMapper mapper;
    private final JsonFactory factory = new JsonFactory();

    public JsonColumns(JsonMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * The value as JSON. Maps, lists and their plain values (what a JSON column mostly holds: contact
     * data, message content read from a request) are written straight through Jackson's UTF-8
     * generator, the one the mapper writes with, so the text is the same, but with no serialiser
     * looked up per value; anything else goes through the mapper.
     */
    public String write(Object value) {
        if (value instanceof Collection<?> collection && collection.isEmpty()) {
            return EMPTY_ARRAY; // most messages' headers and copies: no serialiser needed
        }
        try {
            if (value instanceof Map<?, ?> || value instanceof Collection<?>) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
                try (JsonGenerator generator = factory.createGenerator(bytes)) {
                    if (writePlain(generator, value)) {
                        generator.flush();
                        return bytes.toString(StandardCharsets.UTF_8);
                    }
                }
            }
            return mapper.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a JSON column", e);
        }
    }

    /** Writes a tree of maps, collections, strings, numbers, booleans and nulls; false at the first other value. */
    private static boolean writePlain(JsonGenerator generator, Object value) throws IOException {
        if (value == null) {
            generator.writeNull();
        } else if (value instanceof String text) {
            generator.writeString(text);
        } else if (value instanceof Boolean bool) {
            generator.writeBoolean(bool);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            generator.writeNumber(((Number) value).longValue());
        } else if (value instanceof Double number) {
            generator.writeNumber(number);
        } else if (value instanceof Float number) {
            generator.writeNumber(number);
        } else if (value instanceof BigDecimal number) {
            generator.writeNumber(number);
        } else if (value instanceof BigInteger number) {
            generator.writeNumber(number);
        } else if (value instanceof Map<?, ?> map) {
            generator.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String key)) {
                    return false;
                }
                generator.writeFieldName(key);
                if (!writePlain(generator, entry.getValue())) {
                    return false;
                }
            }
            generator.writeEndObject();
        } else if (value instanceof Collection<?> values) {
            generator.writeStartArray();
            for (Object element : values) {
                if (!writePlain(generator, element)) {
                    return false;
                }
            }
            generator.writeEndArray();
        } else {
            return false;
        }
        return true;
    }

    public Map<String, Object> readObject(String json) {
        return read(json, OBJECT);
    }

    public List<Object> readArray(String json) {
        return EMPTY_ARRAY.equals(json) ? List.of() : read(json, ARRAY);
    }

    private <T> T read(String json, Argument<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException("a JSON column holds something that is not JSON", e);
        }
    }
}
