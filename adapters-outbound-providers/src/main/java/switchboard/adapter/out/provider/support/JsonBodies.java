package switchboard.adapter.out.provider.support;

import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;

/** Request bodies written as JSON, and answers read leniently: what cannot be read is absent, not an error. */
public final class JsonBodies {

    private final JsonMapper json;

    public JsonBodies(JsonMapper json) {
        this.json = Objects.requireNonNull(json, "json");
    }

    /** The body as the type, or empty if it is not JSON of that shape (a proxy's error page, say). */
    public <T> Optional<T> read(byte[] body, Class<T> type) {
        try {
            return Optional.ofNullable(json.readValue(body, type));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The body as JSON; failing to write our own records is a bug. */
    public byte[] write(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + body.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
