import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The console's message search on a tenant with a long history, run by bench/console-search.sh in
 * two steps:
 *
 * <ul>
 *   <li>{@code fill postgres|h2 JDBC_URL USER PASSWORD MESSAGES}: writes about MESSAGES finished
 *       messages (and twice as many deliveries: half single sends, half bulk messages of 1,000) into
 *       the gateway's tables, all of tenant {@code default}, with {@link History};
 *   <li>{@code search GATEWAY_URL ADMIN_PASSWORD MESSAGES}: signs in to the console as the platform
 *       admin and times the first page of each search over HTTP, {@code BENCH_SEARCH_SAMPLES} (50)
 *       times after 5 not counted, each sample with other values where the search has any (another
 *       address, another campaign); prints p50 and p95 and the rows the first page held.
 * </ul>
 */
public final class ConsoleSearchBench {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final Pattern ROW = Pattern.compile("<tr data-message=");
    private static final int WARM_UP = 5;

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "fill" -> fill(History.Dialect.valueOf(args[1].toUpperCase(Locale.ROOT)), args[2], args[3], args[4],
                    Long.parseLong(args[5]));
            case "search" -> search(args[1], args[2], Long.parseLong(args[3]));
            default -> throw new IllegalArgumentException("fill or search, not " + args[0]);
        }
    }

    private static void fill(History.Dialect dialect, String url, String user, String password, long messages) throws Exception {
        long start = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            long written = new History(dialect, List.of("default")).fill(connection, deliveries(messages));
            Report.line("history: %,d messages with %,d finished deliveries in tenant default, written in %.0f s", written,
                    deliveries(messages), (System.nanoTime() - start) / 1e9);
        }
    }

    /** The deliveries that make about {@code messages} messages: half are single sends, one message each. */
    private static long deliveries(long messages) {
        return 2 * messages;
    }

    /** One search: its name, and its query for sample {@code i}. */
    private record Search(String name, IntFunction<String> query) {
    }

    private static void search(String base, String adminPassword, long messages) throws Exception {
        int samples = Sizes.of("BENCH_SEARCH_SAMPLES", 50);
        long singles = deliveries(messages) / 2;
        Random random = new Random(42);
        // Single sends are deliveries 1..singles, message n to delivery n: an email when n % 10 < 7, else an SMS.
        IntFunction<String> email = i -> "user" + single(random, singles, true) + "@example.org";
        IntFunction<String> sms = i -> "+2782" + String.format("%07d", single(random, singles, false) % 10_000_000);
        LocalDateTime tenDaysAgo = LocalDateTime.now(ZoneOffset.UTC).minusDays(10).truncatedTo(ChronoUnit.MINUTES);
        List<Search> searches = List.of(
                new Search("no filter", i -> ""),
                new Search("recipient, an email address", i -> "recipient=" + encode(email.apply(i))),
                new Search("recipient and channel, a phone number", i -> "recipient=" + encode(sms.apply(i)) + "&channel=SMS"),
                new Search("recipient that no delivery has", i -> "recipient=" + encode("nobody" + i + "@example.org")),
                new Search("campaign", i -> "campaign=campaign-" + random.nextInt(97)),
                new Search("API of origin", i -> "origin=" + List.of("fliplet", "dripcel", "capillary", "admin").get(Math.floorMod(i, 4))),
                new Search("delivery status DEAD", i -> "status=DEAD"),
                new Search("status FAILED, channel SMS", i -> "status=FAILED&channel=SMS"),
                new Search("channel no delivery has (WHATSAPP)", i -> "channel=WHATSAPP"),
                new Search("created within a day, 10 days ago", i -> "from=" + encode(tenDaysAgo.minusHours(Math.floorMod(i, 24)).toString())
                        + "&to=" + encode(tenDaysAgo.minusHours(Math.floorMod(i, 24)).plusDays(1).toString())));

        Console console = Console.signIn(base, adminPassword);
        StringBuilder table = new StringBuilder(String.format("the first page (25) of a console search on %,d messages, "
                + "%d samples each, over HTTP%n%-40s %8s %8s %6s", messages, samples, "search", "p50 ms", "p95 ms", "rows"));
        for (Search search : searches) {
            long[] millis = new long[samples];
            int rows = 0;
            for (int i = -WARM_UP; i < samples; i++) {
                long start = System.nanoTime();
                String page = console.get("/console/tenants/default/messages?" + search.query().apply(i));
                long elapsed = (System.nanoTime() - start) / 1_000_000;
                if (i >= 0) {
                    millis[i] = elapsed;
                    rows = Math.max(rows, (int) ROW.matcher(page).results().count());
                }
            }
            Arrays.sort(millis);
            table.append(String.format("%n%-40s %8d %8d %6d", search.name(), percentile(millis, 0.50), percentile(millis, 0.95), rows));
        }
        Report.line("%s", table);
    }

    /** A single send's number, of an email or of an SMS. */
    private static long single(Random random, long singles, boolean email) {
        while (true) {
            long n = 1 + (long) (random.nextDouble() * singles);
            if ((n % 10 < 7) == email) {
                return n;
            }
        }
    }

    private static long percentile(long[] sorted, double fraction) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(fraction * sorted.length) - 1)];
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The console signed in, its cookies kept as a browser keeps them. */
    private record Console(String base, HttpClient http) {

        static Console signIn(String base, String adminPassword) throws Exception {
            Console console = new Console(base, HttpClient.newBuilder().cookieHandler(new CookieManager()).build());
            Matcher csrf = CSRF.matcher(console.get("/console/sign-in"));
            if (!csrf.find()) {
                throw new IllegalStateException("no CSRF field on the sign-in page");
            }
            String form = "csrf=" + encode(csrf.group(1)) + "&username=admin&password=" + encode(adminPassword);
            HttpResponse<String> signedIn = console.http.send(HttpRequest.newBuilder(URI.create(base + "/console/sign-in"))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (signedIn.statusCode() != 303) {
                throw new IllegalStateException("signing in to the console failed: " + signedIn.statusCode());
            }
            return console;
        }

        /** A page that must be answered with 200. */
        String get(String path) throws Exception {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + ": " + response.statusCode() + " " + response.body());
            }
            return response.body();
        }
    }
}
