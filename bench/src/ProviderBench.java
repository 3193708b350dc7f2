import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Deliveries per second through the gateway's providers, next to a baseline measured in the same
 * run against the same local servers: emails to an SMTP sink (baseline: Jakarta Mail over as many
 * reused connections as the gateway's dispatch concurrency) and SMS to a server speaking Twilio's
 * Messages API (baseline: as many threads sharing one JDK HTTP client), 20,000 of each
 * ({@code BENCH_PROVIDER_MESSAGES}).
 *
 * <p>The gateway is started by bench/providers.sh with its SMTP host and Twilio base URL pointing
 * at the servers this program runs, and its dispatch concurrency set to the one given here. Gateway
 * figures run from the first request that hands it the messages (Dripcel bulk emails of 10,000,
 * Capillary SMS batches of 1,000) until the last delivery reached the server, so they include
 * accepting and storing the messages.
 *
 * <p>Arguments: GATEWAY_URL ADMIN_PASSWORD RUNS SMTP_PORT TWILIO_PORT DISPATCH_CONCURRENCY
 */
public final class ProviderBench {

    private static final int MESSAGES = Sizes.of("BENCH_PROVIDER_MESSAGES", 20_000);

    public static void main(String[] args) throws Exception {
        Gateway gateway = Gateway.login(args[0], args[1]);
        int runs = Integer.parseInt(args[2]);
        SmtpSink smtp = SmtpSink.start(Integer.parseInt(args[3]));
        HttpSink twilio = twilio(Integer.parseInt(args[4]));
        int concurrency = Integer.parseInt(args[5]);
        String dripcelKey = gateway.dripcelKey();
        String capillaryBasic = gateway.capillaryBasic();
        gateway.admin("PUT", "/templates/notice",
                "{\"name\":\"Notice\",\"subject\":\"Maintenance tonight\",\"text\":\"From 22:00 UTC the service is down.\"}");
        Report.line("the gateway's dispatch concurrency, and the baselines' connections and threads: %d", concurrency);

        List<Row> rows = List.of(
                new Row("email, Jakarta Mail, " + concurrency + " connections", smtp::received,
                        () -> DirectSends.emails(smtp.port(), concurrency, MESSAGES)),
                new Row("email, through the gateway", smtp::received, () -> sendEmailsThroughGateway(gateway, dripcelKey)),
                new Row("SMS, JDK HTTP client, " + concurrency + " threads", twilio::received,
                        () -> DirectSends.sms(twilio.port(), concurrency, MESSAGES)),
                new Row("SMS, through the gateway", twilio::received, () -> sendSmsThroughGateway(gateway, capillaryBasic)));
        // One round first, not counted: else the first run of each row pays for the JIT's compiling, in both JVMs.
        Report.line("warming up");
        for (Row row : rows) {
            row.measure();
        }
        // Each run takes every row in turn, so that a change of the machine's speed meets a row and its baseline alike.
        for (int run = 1; run <= runs; run++) {
            for (Row row : rows) {
                row.perSecond().add(row.measure());
                Report.line("%-40s run %d: %,d /s", row.name(), run, row.perSecond().get(run - 1));
            }
        }

        StringBuilder medians = new StringBuilder(String.format("%,d messages each, medians of %d runs%n", MESSAGES, runs));
        medians.append(String.format("%-40s %14s   %s%n", "", "median /s", "runs /s"));
        rows.forEach(row -> medians.append(String.format("%-40s %14.0f   %s%n", row.name(), row.median(), row.perSecond())));
        medians.append(String.format("%nratio gateway / baseline at equal concurrency (%d): email %.2f, SMS %.2f", concurrency,
                rows.get(1).median() / rows.get(0).median(), rows.get(3).median() / rows.get(2).median()));
        Report.line("%s", medians);
        smtp.close();
        twilio.close();
    }

    private interface Load {
        void start() throws Exception;
    }

    /** A row: its load, the count of messages its server has received, and the rate of each run. */
    private record Row(String name, IntSupplier received, Load load, List<Long> perSecond) {

        Row(String name, IntSupplier received, Load load) {
            this(name, received, load, new ArrayList<>());
        }

        /** Runs the load once, until the server has received MESSAGES more; its rate a second. */
        long measure() throws Exception {
            int target = received.getAsInt() + MESSAGES;
            long start = System.nanoTime();
            load.start();
            while (received.getAsInt() < target) {
                Thread.sleep(2);
            }
            return Math.round(MESSAGES / ((System.nanoTime() - start) / 1e9));
        }

        double median() {
            List<Long> sorted = new ArrayList<>(perSecond);
            Collections.sort(sorted);
            return sorted.get(sorted.size() / 2);
        }
    }

    private static void sendEmailsThroughGateway(Gateway gateway, String dripcelKey) throws Exception {
        for (int first = 0; first < MESSAGES; first += 10_000) {
            String destinations = IntStream.range(first, Math.min(MESSAGES, first + 10_000))
                    .mapToObj(i -> "\"user" + i + "@example.org\"").collect(Collectors.joining(",", "[", "]"));
            gateway.call("POST", "/send/email/bulk", "{\"from\":\"news@acme.example\",\"template_id\":\"notice\","
                    + "\"destinations\":" + destinations + "}", "Bearer " + dripcelKey);
        }
    }

    private static void sendSmsThroughGateway(Gateway gateway, String capillaryBasic) throws Exception {
        for (int first = 0; first < MESSAGES; first += 1_000) {
            String items = IntStream.range(first, Math.min(MESSAGES, first + 1_000))
                    .mapToObj(i -> "{\"to\":\"" + DirectSends.phone(i) + "\",\"body\":\"Your code is 1234\"}")
                    .collect(Collectors.joining(",", "{\"root\":{\"sms\":[", "]}}"));
            gateway.call("POST", "/v2/communications/sendMessage?channel=sms", items, "Basic " + capillaryBasic);
        }
    }

    /** Twilio's Messages resource as far as sending goes: 201 and a message resource for every POST. */
    private static HttpSink twilio(int port) throws IOException {
        return HttpSink.start(port, "201 Created", count -> "{\"sid\":\"SM" + String.format("%032x", count)
                + "\",\"status\":\"queued\",\"num_segments\":\"1\",\"error_code\":null,\"error_message\":null}");
    }
}
