package switchboard.bootstrap.e2e;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

/**
 * A request the gateway must refuse, named for the test report. {@code {t}} in its path stands
 * for the tenant the requests are sent in; {@code caller} says whose credential it carries; a
 * null body sends none at all.
 */
record BadRequest(String name, Caller caller, String method, String path, String contentType, byte[] body) {

    /** Whose credential a request carries. */
    enum Caller { NOBODY, FLIPLET, TENANT_ADMIN, PLATFORM_ADMIN, CAPILLARY_BASIC, CAPILLARY_OAUTH, DRIPCEL }

    static BadRequest json(String name, Caller caller, String method, String path, String body) {
        return new BadRequest(name, caller, method, path, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    static BadRequest withoutBody(String name, Caller caller, String method, String path) {
        return new BadRequest(name, caller, method, path, null, null);
    }

    @Override
    public String toString() {
        return name;
    }

    /**
     * An endpoint taking a JSON body, and a body it accepts: {@code template} with {@code %s}
     * inside one of its free-text strings, filled with {@code accepted}. Each of its bad bodies
     * differs from that one only by what makes it bad, where a body can be said to be.
     */
    record Endpoint(Caller caller, String method, String path, String template, String accepted) {

        BadRequest acceptedRequest() {
            return filled("accepted as it is", accepted);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }

        BadRequest json(String what, String body) {
            return BadRequest.json(method + " " + path + ": " + what, caller, method, path, body);
        }

        BadRequest filled(String what, String value) {
            return json(what, template.replace("%s", value));
        }

        BadRequest raw(String what, String contentType, byte[] body) {
            return new BadRequest(method + " " + path + ": " + what, caller, method, path, contentType, body);
        }

        /** Bodies bad whatever the endpoint: unreadable, of another type, nested too deep, too large, or none. */
        Stream<BadRequest> unreadableBodies(int maxRequestSize) {
            return Stream.of(
                    json("malformed JSON", "{\"to\": [}"),
                    json("truncated JSON", "{\"subject\": \"unterminated"),
                    json("an array instead of an object", "[1, 2, 3]"),
                    json("a string instead of an object", "\"hello\""),
                    json("a number instead of an object", "42"),
                    json("JSON null", "null"),
                    json("an empty object", "{}"),
                    json("an empty body", ""),
                    json("a blank body", " \r\n "),
                    raw("no body at all", "application/json", null),
                    json("10,000 nested arrays", "[".repeat(10_000) + "]".repeat(10_000)),
                    json("10,000 nested objects", "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000)),
                    raw("invalid UTF-8 in a string", "application/json", withInvalidUtf8()),
                    raw("an XML body", "application/xml", utf8("<message><to>ann@example.com</to></message>")),
                    raw("a form body", "application/x-www-form-urlencoded", utf8("to=ann%40example.com&subject=Hi")),
                    filled("a body over the size limit", "x".repeat(maxRequestSize + 1024)));
        }

        /** The accepted body with bytes that are not UTF-8 (a lone lead byte, and 0xFF) inside its string. */
        private byte[] withInvalidUtf8() {
            String[] parts = template.split("%s", 2);
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.writeBytes(utf8(parts[0] + "caf"));
            body.writeBytes(new byte[] {(byte) 0xC3, '(', ' ', (byte) 0xFF});
            body.writeBytes(utf8(parts[1]));
            return body.toByteArray();
        }

        private static byte[] utf8(String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
    }
}
