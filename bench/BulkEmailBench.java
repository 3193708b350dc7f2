import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Times Dripcel's POST /send/email/bulk with 10,000 destinations against a running gateway, over
 * HTTP, from request to answer (the deliveries are stored in one transaction before it).
 * Run by bench/bulk-email.sh, which starts the gateway on each database.
 *
 * <p>Usage: java bench/BulkEmailBench.java BASE_URL ADMIN_PASSWORD RUNS
 */
public final class BulkEmailBench {

    private static final int DESTINATIONS = 10_000;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int runs = Integer.parseInt(args[2]);
        String admin = field(call(base, "POST", "/login", "{\"username\":\"admin\",\"password\":\"" + args[1] + "\"}", null),
                "access_token");
        String key = field(call(base, "POST", "/api/v1/tenants/default/credentials",
                "{\"type\":\"dripcel-api-key\",\"permissions\":[\"sendLog.create\"]}", admin), "apiKey");
        call(base, "PUT", "/api/v1/tenants/default/templates/welcome", "{\"name\":\"Welcome\",\"subject\":\"Hi {{first_name}}\","
                + "\"html\":\"<p>Hello {{first_name}}, your code is {{code}}.</p>\",\"text\":\"Hello {{first_name}}\"}", admin);
        call(base, "PUT", "/api/v1/tenants/default/templates/plain",
                "{\"name\":\"Plain\",\"subject\":\"News\",\"html\":\"<p>Hello all</p>\"}", admin);
        call(base, "PUT", "/api/v1/tenants/default/contacts", IntStream.range(0, DESTINATIONS)
                .mapToObj(i -> "{\"id\":\"c" + i + "\",\"data\":{\"email\":\"user" + i + "@example.org\",\"first_name\":\"User "
                        + i + "\",\"code\":" + i + "}}").collect(Collectors.joining(",", "{\"contacts\":[", "]}")), admin);
        String destinations = IntStream.range(0, DESTINATIONS).mapToObj(i -> "\"user" + i + "@example.org\"")
                .collect(Collectors.joining(",", "[", "]"));

        time(base, key, runs, "plain template, no contact lookup", "{\"from\":\"news@acme.example\",\"template_id\":\"plain\","
                + "\"destinations\":" + destinations + "}");
        time(base, key, runs, "template with fields, contacts only", "{\"from\":\"news@acme.example\",\"template_id\":\"welcome\","
                + "\"destinations\":" + destinations + ",\"filter_non_contacts\":true}");
    }

    private static void time(String base, String key, int runs, String what, String body) throws Exception {
        call(base, "POST", "/send/email/bulk", body, key); // warm-up, not counted
        List<Long> millis = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            String answer = call(base, "POST", "/send/email/bulk", body, key);
            millis.add((System.nanoTime() - start) / 1_000_000);
            if (!answer.contains("\"accepted\":" + DESTINATIONS)) {
                throw new IllegalStateException("not all accepted: " + answer);
            }
        }
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf("%-40s runs %s ms, median %d ms%n", what, millis, sorted.get(sorted.size() / 2));
    }

    private static String call(String base, String method, String path, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return matcher.group(1);
    }
}
