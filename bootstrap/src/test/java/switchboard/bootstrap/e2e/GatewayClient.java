package switchboard.bootstrap.e2e;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Real HTTP calls to a running gateway, with the raw answers (status, headers, body) to assert on;
 * each exchange is checked against docs/openapi.yaml.
 */
public final class GatewayClient {

    private final URI base;
    private final JsonMapper json;
    private final HttpClient http = HttpClient.newHttpClient();

    public GatewayClient(URI base, JsonMapper json) {
        this.base = base;
        this.json = json;
    }

    public Response get(String path, String token) {
        return send(request(path, token).GET());
    }

    public Response post(String path, String body, String token) {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** POST {@code path} with the body and the headers given as name, value, name, value... */
    public Response postWithHeaders(String path, String body, String... headers) {
        HttpRequest.Builder request = request(path, null).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    public Response put(String path, String body, String token) {
        return send(request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Response delete(String path, String token) {
        return send(request(path, token).DELETE());
    }

    /** Sends the request; fails if docs/openapi.yaml does not describe the exchange ({@link ApiDescription}). */
    public Response send(HttpRequest.Builder request) {
        try {
            HttpRequest built = request.build();
            HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
            ApiDescription.check(built, response);
            return new Response(response.statusCode(), response.headers().map(), response.body(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An admin token from POST /login. */
    public String login(String username, String password) {
        Response response = post("/login", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}", null);
        if (response.status() != 200) {
            throw new IllegalStateException("login as " + username + " failed: " + response);
        }
        return (String) response.json().get("access_token");
    }

    /** Capillary's Basic authentication: the username and the md5 hex digest of the password. */
    public static String capillaryBasic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + md5Hex(password)).getBytes(StandardCharsets.UTF_8));
    }

    public static String md5Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path));
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    public record Response(int status, Map<String, List<String>> headers, String body, JsonMapper mapper) {

        public Map<String, Object> json() {
            return read(Argument.mapOf(String.class, Object.class));
        }

        public List<Object> jsonList() {
            return read(Argument.listOf(Object.class));
        }

        /** The list under {@code field} of a JSON object answer. */
        @SuppressWarnings("unchecked")
        public List<Object> jsonList(String field) {
            return (List<Object>) json().get(field);
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0)).findFirst().orElse(null);
        }

        private <T> T read(Argument<T> type) {
            try {
                return mapper.readValue(body, type);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
