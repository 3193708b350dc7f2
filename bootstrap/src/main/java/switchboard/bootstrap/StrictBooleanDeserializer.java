package switchboard.bootstrap;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * Reads a JSON boolean as {@code true} or {@code false}, or as the string {@code "true"} or
 * {@code "false"} in any case, and refuses anything else. Micronaut Serde's own reading takes
 * every other string as false, so that a client's {@code "skipNonContacts": "yes"} would
 * silently mean no.
 */
@Singleton
public class StrictBooleanDeserializer implements Deserializer<Boolean> {

    @Override
    public Boolean deserialize(Decoder decoder, DecoderContext context, Argument<? super Boolean> type) throws IOException {
        Object value = decoder.decodeArbitrary();
        if (value instanceof Boolean bool) {
            return bool;
        }
        if (value instanceof String text && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
            return Boolean.valueOf(text);
        }
        throw decoder.createDeserializationException("a boolean must be true or false", value);
    }
}
