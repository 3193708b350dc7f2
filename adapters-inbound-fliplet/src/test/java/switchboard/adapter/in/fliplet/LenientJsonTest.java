package switchboard.adapter.in.fliplet;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.JsonStreamConfig;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Fliplet's bodies as its documentation writes them, and the refusal each unreadable one gets. */
class LenientJsonTest {

    private final LenientJson json = new LenientJson(new StrictJsonOut());

    @Test
    void strictJsonPassesUnchanged() {
        assertThat(read("{\"to\":[{\"email\":\"a@example.com\"}],\"subject\":\"Hi\"}"))
                .isEqualTo("{\"to\":[{\"email\":\"a@example.com\"}],\"subject\":\"Hi\"}");
    }

    @Test
    void commentsSingleQuotesAndTrailingCommasAreReadAsFlipletsExamplesWriteThem() {
        String documented = """
                {
                  // the recipients
                  'to': [{ 'email': 'a@example.com', 'type': 'to' }],
                  'subject': 'Hi', /* a block comment */
                }
                """;

        assertThat(read(documented))
                .isEqualTo("{\"to\":[{\"email\":\"a@example.com\",\"type\":\"to\"}],\"subject\":\"Hi\"}");
    }

    @Test
    void typographicQuotesAreTakenAsPlainOnes() {
        assertThat(read("{\u201csubject\u201d: \u201cHi\u201d}")).isEqualTo("{\"subject\":\"Hi\"}");
    }

    @Test
    void typographicQuotesInsideAValidStringAreKept() {
        assertThat(read("{\"subject\": \"He said \u201chi\u201d\"}")).isEqualTo("{\"subject\": \"He said \u201chi\u201d\"}");
    }

    @Test
    void anEmptyOrBlankBodyIsRefused() {
        assertThatThrownBy(() -> json.read(new byte[0], String.class)).isInstanceOf(InvalidRequestException.class)
                .hasMessage("The request has no body.");
        assertThatThrownBy(() -> read(" \n ")).hasMessage("The request has no body.");
        assertThatThrownBy(() -> read("// only a comment")).hasMessage("The request has no body.");
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedRatherThanReplaced() {
        byte[] latin1 = "{\"subject\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> json.read(latin1, String.class)).isInstanceOf(InvalidRequestException.class)
                .hasMessage("The body is not valid UTF-8.");
    }

    @Test
    void brokenJsonIsRefusedWithWhereItGoesWrongAndNoParserInternals() {
        assertThatThrownBy(() -> read("{\"subject\": \"Hi\",\n \"to\": [}")).isInstanceOf(InvalidRequestException.class)
                .hasMessage("The body is not valid JSON: it goes wrong at line 2, column 9.");
    }

    @Test
    void twoValuesInOneBodyAreRefused() {
        assertThatThrownBy(() -> read("{\"a\":1} {\"b\":2}")).isInstanceOf(InvalidRequestException.class)
                .hasMessage("The body holds more than one JSON value.");
    }

    @Test
    void nestingDeeperThanTheParserAllowsIsRefusedSayingSo() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);

        assertThatThrownBy(() -> read(deep)).isInstanceOf(InvalidRequestException.class)
                .hasMessageStartingWith("The body is not valid JSON: it is nested deeper than");
    }

    private String read(String body) {
        return json.read(body.getBytes(StandardCharsets.UTF_8), String.class);
    }

    /**
     * Stands in for Micronaut's binding of the body to a record: it hands back, as a string, the
     * strict JSON that {@link LenientJson} passes on, which is what these tests look at.
     */
    private static final class StrictJsonOut implements JsonMapper {

        @Override
        @SuppressWarnings("unchecked")
        public <T> T readValue(byte[] json, Argument<T> type) {
            return (T) new String(json, StandardCharsets.UTF_8);
        }

        @Override
        public <T> T readValueFromTree(JsonNode tree, Argument<T> type) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> T readValue(InputStream json, Argument<T> type) {
            throw new UnsupportedOperationException();
        }

        @Override
        public JsonNode writeValueToTree(Object value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> JsonNode writeValueToTree(Argument<T> type, T value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void writeValue(OutputStream out, Object value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> void writeValue(OutputStream out, Argument<T> type, T value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public byte[] writeValueAsBytes(Object value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> byte[] writeValueAsBytes(Argument<T> type, T value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public JsonStreamConfig getStreamConfig() {
            throw new UnsupportedOperationException();
        }
    }
}
