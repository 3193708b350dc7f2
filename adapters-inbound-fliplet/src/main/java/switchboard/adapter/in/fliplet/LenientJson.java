package switchboard.adapter.in.fliplet;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/**
 * Reads Fliplet request bodies. Fliplet's own documentation shows its example bodies with
 * {@code //} comments, single-quoted strings and, in one place, typographic quotes; clients
 * copied from it must keep working. So a body that is not strict JSON is read again allowing
 * comments and single quotes, and then once more with typographic double quotes taken as
 * plain ones, before it is refused. The body must be UTF-8: bytes that are not are refused,
 * never read as replacement characters.
 */
@Singleton
public class LenientJson {

    private static final JsonFactory STRICT = new JsonFactory();
    private static final JsonFactory LENIENT = new JsonFactoryBuilder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();

    private final JsonMapper mapper;

    public LenientJson(JsonMapper mapper) {
        this.mapper = mapper;
    }

    /** @throws InvalidRequestException if the body cannot be read as a JSON object of that type */
    public <T> T read(byte[] body, Class<T> type) {
        String text = utf8(body);
        if (text.isBlank()) {
            throw new InvalidRequestException("The request has no body.");
        }
        String json = asStrictJson(text);
        T value;
        try {
            value = mapper.readValue(json, type);
        } catch (IOException e) {
            throw new InvalidRequestException("A field has a value of the wrong type: " + firstLine(e.getMessage()));
        }
        if (value == null) {
            throw new InvalidRequestException("The body must be a JSON object.");
        }
        return value;
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body == null ? new byte[0] : body)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidRequestException("The body is not valid UTF-8.");
        }
    }

    private static String asStrictJson(String body) {
        try {
            requireOneValue(body);
            return body;
        } catch (IOException notStrict) {
            try {
                return rewritten(body, LENIENT);
            } catch (IOException notLenient) {
                try {
                    return rewritten(body.replace('\u201c', '"').replace('\u201d', '"'), LENIENT);
                } catch (IOException e) {
                    throw new InvalidRequestException(notJson(notStrict));
                }
            }
        }
    }

    /** Where the body stops being JSON; the parser's own words are left out, as they name its internals. */
    private static String notJson(IOException e) {
        if (e instanceof StreamConstraintsException) {
            return "The body is not valid JSON: it is nested deeper than " + StreamReadConstraints.DEFAULT_MAX_DEPTH
                    + " levels.";
        }
        JsonLocation where = e instanceof JsonProcessingException json ? json.getLocation() : null;
        return where == null ? "The body is not valid JSON."
                : "The body is not valid JSON: it goes wrong at line " + where.getLineNr() + ", column " + where.getColumnNr() + ".";
    }

    /** Reads the strict JSON body through, as most bodies are, without writing it again: one value, or an error. */
    private static void requireOneValue(String body) throws IOException {
        try (JsonParser parser = STRICT.createParser(body)) {
            firstValue(parser);
            parser.skipChildren();
            requireNoMore(parser);
        }
    }

    /** The body parsed with the given factory and written back as strict JSON. */
    private static String rewritten(String body, JsonFactory factory) throws IOException {
        StringWriter json = new StringWriter();
        try (JsonParser parser = factory.createParser(body); JsonGenerator generator = STRICT.createGenerator(json)) {
            firstValue(parser);
            generator.copyCurrentStructure(parser);
            requireNoMore(parser);
        }
        return json.toString();
    }

    private static void firstValue(JsonParser parser) throws IOException {
        if (parser.nextToken() == null) {
            throw new InvalidRequestException("The request has no body.");
        }
    }

    private static void requireNoMore(JsonParser parser) throws IOException {
        if (parser.nextToken() != null) {
            throw new InvalidRequestException("The body holds more than one JSON value.");
        }
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
