import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A running gateway, as the benchmarks set it up: the platform admin's calls, and the credentials of each API. */
final class Gateway {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String base;
    private final String adminToken;

    private Gateway(String base, String adminToken) {
        this.base = base;
        this.adminToken = adminToken;
    }

    /** Logs in as the platform admin. */
    static Gateway login(String base, String adminPassword) throws Exception {
        String token = field(call(base, "POST", "/login", "{\"username\":\"admin\",\"password\":\"" + adminPassword + "\"}", null),
                "access_token");
        return new Gateway(base, token);
    }

    String adminToken() {
        return adminToken;
    }

    /** An admin call on the default tenant's Admin API, e.g. {@code admin("PUT", "/templates/notice", json)}. */
    String admin(String method, String path, String body) throws Exception {
        return call(base, method, "/api/v1/tenants/default" + path, body, "Bearer " + adminToken);
    }

    String flipletToken() throws Exception {
        return field(admin("POST", "/credentials", "{\"type\":\"fliplet-token\"}"), "token");
    }

    String dripcelKey() throws Exception {
        return field(admin("POST", "/credentials", "{\"type\":\"dripcel-api-key\",\"permissions\":[\"sendLog.create\"]}"),
                "apiKey");
    }

    /** A Capillary user, and the Basic credentials its clients send: base64(username:md5hex(password)). */
    String capillaryBasic() throws Exception {
        admin("POST", "/credentials", "{\"type\":\"capillary-basic\",\"username\":\"bench\",\"password\":\"bench password\"}");
        String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest("bench password".getBytes(StandardCharsets.UTF_8)));
        return Base64.getEncoder().encodeToString(("bench:" + md5).getBytes(StandardCharsets.UTF_8));
    }

    /** A call that must succeed; answers the body. */
    String call(String method, String path, String body, String authorization) throws Exception {
        return call(base, method, path, body, authorization);
    }

    private static String call(String base, String method, String path, String body, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return matcher.group(1);
    }
}
