package switchboard.adapter.out.persistence;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
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

    public JsonColumns(JsonMapper mapper) {
        this.mapper = mapper;
    }

    public String write(Object value) {
        if (value instanceof Collection<?> collection && collection.isEmpty()) {
            return EMPTY_ARRAY; // most messages' headers and copies: no serialiser needed
        }
        try {
            return mapper.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a JSON column", e);
        }
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
