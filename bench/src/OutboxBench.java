import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The bounded outbox's benchmark, run by bench/outbox.sh in three steps around the gateway's
 * restarts: how fast the gateway claims and sends fresh emails with an empty history, then with
 * millions of finished deliveries in its tables ({@link History}), and the ratio of the two.
 *
 * <ul>
 *   <li>{@code tenants GATEWAY_URL ADMIN_PASSWORD COUNT FILE}: makes COUNT - 1 tenants through the
 *       Admin API and writes their ids, after {@code default}'s, one a line, for the history;
 *   <li>{@code fill postgres|h2 JDBC_URL USER PASSWORD DELIVERIES TENANTS_FILE}: writes the history
 *       straight into the gateway's tables, the gateway being stopped;
 *   <li>{@code drain GATEWAY_URL ADMIN_PASSWORD RUNS SMTP_PORT LABEL RESULTS_FILE [TENANTS_FILE]}:
 *       after a warm-up, RUNS times, hands the gateway {@code BENCH_OUTBOX_EMAILS} (20,000) emails
 *       in Dripcel bulk emails of 10,000 and times them from the first request until the SMTP sink
 *       has taken the last; adds the median to RESULTS_FILE and, if it held one before, prints both
 *       and their ratio. With TENANTS_FILE it first checks that the gateway reads the history.
 * </ul>
 */
public final class OutboxBench {

    private static final int BULK = 10_000;
    private static final long DRAIN_DEADLINE_NANOS = 15L * 60 * 1_000_000_000;

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "tenants" -> tenants(Gateway.login(args[1], args[2]), Integer.parseInt(args[3]), Path.of(args[4]));
            case "fill" -> fill(History.Dialect.valueOf(args[1].toUpperCase(Locale.ROOT)), args[2], args[3], args[4],
                    Long.parseLong(args[5]), Files.readAllLines(Path.of(args[6])));
            case "drain" -> drain(Gateway.login(args[1], args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]), args[5],
                    Path.of(args[6]), args.length > 7 ? Files.readAllLines(Path.of(args[7])) : List.of());
            default -> throw new IllegalArgumentException("tenants, fill or drain, not " + args[0]);
        }
    }

    private static void tenants(Gateway gateway, int count, Path file) throws Exception {
        List<String> ids = new ArrayList<>(List.of("default"));
        for (int i = 1; i < count; i++) {
            ids.add(Gateway.field(gateway.call("POST", "/api/v1/tenants", "{\"name\":\"History " + i + "\"}",
                    "Bearer " + gateway.adminToken()), "id"));
        }
        Files.write(file, ids);
    }

    private static void fill(History.Dialect dialect, String url, String user, String password, long deliveries,
                             List<String> tenants) throws Exception {
        long start = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            long messages = new History(dialect, tenants).fill(connection, deliveries);
            Report.line("history: %,d finished deliveries of %,d messages in %d tenants, written in %.0f s", deliveries, messages,
                    tenants.size(), (System.nanoTime() - start) / 1e9);
        }
    }

    private static void drain(Gateway gateway, int runs, int smtpPort, String label, Path results, List<String> historyTenants)
            throws Exception {
        int emails = Sizes.of("BENCH_OUTBOX_EMAILS", 20_000);
        for (String tenant : historyTenants) {
            // The history must be where the gateway reads deliveries, or the second figure measures nothing new.
            if (gateway.call("GET", "/api/v1/tenants/" + tenant + "/deliveries?status=SENT&limit=1", "",
                    "Bearer " + gateway.adminToken()).contains("\"deliveries\":[]")) {
                throw new IllegalStateException("the gateway lists no SENT delivery of tenant " + tenant + " from the history");
            }
        }
        String dripcel = "Bearer " + gateway.dripcelKey();
        gateway.admin("PUT", "/templates/notice",
                "{\"name\":\"Notice\",\"subject\":\"Maintenance tonight\",\"text\":\"From 22:00 UTC the service is down.\"}");
        List<String> bulks = new ArrayList<>();
        for (int first = 0; first < emails; first += BULK) {
            bulks.add(IntStream.range(first, Math.min(emails, first + BULK)).mapToObj(i -> "\"user" + i + "@example.org\"")
                    .collect(Collectors.joining(",", "{\"from\":\"news@acme.example\",\"template_id\":\"notice\",\"destinations\":[",
                            "]}")));
        }
        try (SmtpSink smtp = SmtpSink.start(smtpPort)) {
            drainOnce(gateway, dripcel, bulks, emails, smtp); // warm-up, not counted
            List<Double> rates = new ArrayList<>();
            for (int run = 1; run <= runs; run++) {
                Drain drain = drainOnce(gateway, dripcel, bulks, emails, smtp);
                rates.add(emails / drain.sentSeconds());
                Report.line("%s, run %d: %,.0f emails/s (all accepted after %.1f s, sent after %.1f s)", label, run,
                        emails / drain.sentSeconds(), drain.acceptedSeconds(), drain.sentSeconds());
            }
            Collections.sort(rates);
            double median = rates.get(rates.size() / 2);
            List<String> before = Files.exists(results) ? Files.readAllLines(results) : List.of();
            Files.writeString(results, label + "\t" + median + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            StringBuilder table = new StringBuilder(String.format("claim and send %,d fresh emails to the SMTP sink, medians of %d runs%n",
                    emails, runs));
            double first = median;
            for (String line : before) {
                String[] fields = line.split("\t");
                first = Double.parseDouble(fields[1]);
                table.append(String.format("%-50s %,10.0f emails/s%n", fields[0], first));
            }
            table.append(String.format("%-50s %,10.0f emails/s", label, median));
            if (!before.isEmpty()) {
                table.append(String.format("%nratio with history / empty: %.2f", median / first));
            }
            Report.line("%s", table);
        }
    }

    private record Drain(double acceptedSeconds, double sentSeconds) {
    }

    /** Hands the gateway the emails and waits until the sink has them all. */
    private static Drain drainOnce(Gateway gateway, String dripcel, List<String> bulks, int emails, SmtpSink smtp)
            throws Exception {
        int target = smtp.received() + emails;
        long start = System.nanoTime();
        for (String bulk : bulks) {
            gateway.call("POST", "/send/email/bulk", bulk, dripcel);
        }
        double accepted = (System.nanoTime() - start) / 1e9;
        while (smtp.received() < target) {
            if (System.nanoTime() - start > DRAIN_DEADLINE_NANOS) {
                throw new IllegalStateException("the SMTP sink took " + (emails - (target - smtp.received())) + " of " + emails
                        + " emails in 15 minutes");
            }
            Thread.sleep(2);
        }
        return new Drain(accepted, (System.nanoTime() - start) / 1e9);
    }
}
