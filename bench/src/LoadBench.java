import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The benchmark suite: accepted sends per second and latency for each API, batch ingest, and
 * end-to-end email delivery, each run next to the baseline service, medians over RUNS runs.
 * Started by bench/run.sh with the gateway and the baseline already up; this process is the load.
 *
 * <p>Arguments: GATEWAY_PORT BASELINE_PORT ADMIN_PASSWORD RUNS SMTP_PORT
 */
public final class LoadBench {

    private static final int CONNECTIONS = 16;
    private static final int OPEN_LOOP_CONNECTIONS = 64;
    private static final long WARM_UP_MILLIS = 3_000;
    private static final long MEASURE_MILLIS = 10_000;
    private static final double LATENCY_LOAD = 0.7;
    private static final int BATCH = 10_000;
    private static final int BATCH_REPEATS = 3;
    private static final int END_TO_END_EMAILS = 20_000;

    public static void main(String[] args) throws Exception {
        int gatewayPort = Integer.parseInt(args[0]);
        HttpLoad gatewayLoad = new HttpLoad(gatewayPort);
        HttpLoad baselineLoad = new HttpLoad(Integer.parseInt(args[1]));
        Gateway gateway = Gateway.login("http://127.0.0.1:" + gatewayPort, args[2]);
        int runs = Integer.parseInt(args[3]);
        SmtpSink smtp = SmtpSink.start(Integer.parseInt(args[4]));

        String fliplet = gateway.flipletToken();
        String dripcel = "Bearer " + gateway.dripcelKey();
        String capillary = "Basic " + gateway.capillaryBasic();
        String admin = "Bearer " + gateway.adminToken();
        gateway.admin("PUT", "/templates/notice",
                "{\"name\":\"Notice\",\"subject\":\"Maintenance tonight\",\"text\":\"From 22:00 UTC the service is down.\"}");

        String flipletEmail = "{\"to\":[{\"email\":\"john@example.com\",\"name\":\"John\",\"type\":\"to\"}],"
                + "\"subject\":\"My subject\",\"from_name\":\"Example Name\",\"html\":\"<p>Hi John</p>\","
                + "\"headers\":{\"Reply-To\":\"message.reply@example.com\"},\"attachments\":[],\"images\":[]}";
        Map<String, Single> singles = new LinkedHashMap<>();
        singles.put("baseline (parse JSON, insert one row)", new Single(baselineLoad,
                new HttpLoad.Target("POST", "/baseline", Map.of(), flipletEmail)));
        singles.put("Fliplet email", new Single(gatewayLoad,
                new HttpLoad.Target("POST", "/v1/communicate/email", Map.of("Auth-token", fliplet), flipletEmail)));
        singles.put("Admin send, Email", new Single(gatewayLoad, new HttpLoad.Target("POST", "/api/v1/communications/send",
                Map.of("Authorization", admin), "{\"subject\":\"System maintenance\",\"body\":\"A scheduled maintenance "
                + "window starts at 22:00 UTC.\",\"channels\":[\"Email\"],\"emailAddress\":\"user@example.com\",\"isHtml\":false}")));
        singles.put("Capillary sms, one item", new Single(gatewayLoad, new HttpLoad.Target("POST",
                "/v2/communications/sendMessage?channel=sms", Map.of("Authorization", capillary),
                "{\"root\":{\"sms\":[{\"to\":\"+27821234567\",\"body\":\"Your code is 1234\"}]}}")));
        singles.put("Dripcel sms", new Single(gatewayLoad, new HttpLoad.Target("POST", "/send/sms",
                Map.of("Authorization", dripcel), "{\"content\":\"Your code is 1234\",\"cell\":\"0821234567\",\"country\":\"ZA\","
                + "\"deliveryMethod\":\"transactional\",\"skipNonContacts\":false}")));

        String flipletBatch = IntStream.range(0, BATCH).mapToObj(i -> "{\"to\":[{\"email\":\"user" + i + "@example.org\"}],"
                + "\"subject\":\"My subject\",\"html\":\"<p>Hi</p>\"}").collect(Collectors.joining(",", "{\"emails\":[", "]}"));
        String bulkEmail = IntStream.range(0, BATCH).mapToObj(i -> "\"user" + i + "@example.org\"")
                .collect(Collectors.joining(",", "{\"from\":\"news@acme.example\",\"template_id\":\"notice\",\"destinations\":[", "]}"));
        Map<String, HttpLoad.Target> batches = new LinkedHashMap<>();
        batches.put("Fliplet email batch, 10,000 items", new HttpLoad.Target("POST", "/v1/communicate/email/batch",
                Map.of("Auth-token", fliplet), flipletBatch));
        batches.put("Dripcel bulk email, 10,000 destinations", new HttpLoad.Target("POST", "/send/email/bulk",
                Map.of("Authorization", dripcel), bulkEmail));

        Map<String, List<HttpLoad.Result>> maxima = new LinkedHashMap<>();
        Map<String, List<HttpLoad.Result>> latencies = new LinkedHashMap<>();
        Map<String, List<Double>> batchRates = new LinkedHashMap<>();
        List<Double> endToEnd = new ArrayList<>();
        // One round first, not counted: the JIT compiles each path, the connection pools fill.
        Report.line("warming up");
        for (Single row : singles.values()) {
            row.load().closedLoop(row.target(), CONNECTIONS, WARM_UP_MILLIS);
        }
        for (HttpLoad.Target batch : batches.values()) {
            awaitIdleOutbox(gateway);
            gatewayLoad.send(batch, 1, 1);
        }
        for (int run = 1; run <= runs; run++) {
            Report.line("run %d of %d", run, runs);
            for (Map.Entry<String, Single> single : singles.entrySet()) {
                awaitIdleOutbox(gateway);
                Single row = single.getValue();
                row.load().closedLoop(row.target(), CONNECTIONS, WARM_UP_MILLIS);
                HttpLoad.Result max = row.load().closedLoop(row.target(), CONNECTIONS, MEASURE_MILLIS);
                awaitIdleOutbox(gateway);
                HttpLoad.Result paced = row.load().openLoop(row.target(), max.perSecond() * LATENCY_LOAD, OPEN_LOOP_CONNECTIONS,
                        MEASURE_MILLIS);
                if (max.failures() + paced.failures() > 0) {
                    throw new IllegalStateException(single.getKey() + ": " + (max.failures() + paced.failures())
                            + " requests failed, the last with " + Math.max(paced.lastFailureStatus(), max.lastFailureStatus()));
                }
                maxima.computeIfAbsent(single.getKey(), key -> new ArrayList<>()).add(max);
                latencies.computeIfAbsent(single.getKey(), key -> new ArrayList<>()).add(paced);
                Report.line("%-42s %,8.0f /s max; at %,.0f /s: p50 %.1f ms, p99 %.1f ms", single.getKey(),
                        max.perSecond(), paced.perSecond(), paced.p50Micros() / 1000.0, paced.p99Micros() / 1000.0);
            }
            for (Map.Entry<String, HttpLoad.Target> batch : batches.entrySet()) {
                List<Double> rates = new ArrayList<>();
                for (int repeat = 0; repeat < BATCH_REPEATS; repeat++) {
                    // Each request meets an idle gateway: the previous one's 10,000 emails are sent first.
                    awaitIdleOutbox(gateway);
                    long start = System.nanoTime();
                    gatewayLoad.send(batch.getValue(), 1, 1);
                    rates.add(BATCH / ((System.nanoTime() - start) / 1e9));
                }
                batchRates.computeIfAbsent(batch.getKey(), key -> new ArrayList<>()).add(median(rates));
                Report.line("%-42s %,8.0f recipients/s (requests: %s)", batch.getKey(), median(rates),
                        rates.stream().map(rate -> String.format("%,.0f", rate)).toList());
            }
            awaitIdleOutbox(gateway);
            int before = smtp.received();
            long start = System.nanoTime();
            gatewayLoad.send(singles.get("Fliplet email").target(), CONNECTIONS, END_TO_END_EMAILS);
            double accepted = (System.nanoTime() - start) / 1e9;
            while (smtp.received() < before + END_TO_END_EMAILS) {
                Thread.sleep(5);
            }
            double delivered = (System.nanoTime() - start) / 1e9;
            endToEnd.add(delivered);
            Report.line("%-42s %.1f s (all accepted after %.1f s): %,.0f emails/s", "end to end, 20,000 emails",
                    delivered, accepted, END_TO_END_EMAILS / delivered);
        }

        double baseline = median(maxima.get(singles.keySet().iterator().next()), HttpLoad.Result::perSecond);
        StringBuilder medians = new StringBuilder(String.format("medians of %d runs%n", runs));
        medians.append(String.format("%-42s %12s %8s %10s %14s %14s%n", "single-recipient sends", "max /s", "ratio", "at 70% /s",
                "p50 ms", "p99 ms"));
        maxima.forEach((name, results) -> {
            double max = median(results, HttpLoad.Result::perSecond);
            List<HttpLoad.Result> paced = latencies.get(name);
            medians.append(String.format("%-42s %,12.0f %8.2f %,10.0f %14.1f %14.1f%n", name, max, max / baseline,
                    median(paced, HttpLoad.Result::perSecond), median(paced, result -> result.p50Micros() / 1000.0),
                    median(paced, result -> result.p99Micros() / 1000.0)));
        });
        medians.append(String.format("%n%-42s %16s%n", "batch ingest", "recipients /s"));
        batchRates.forEach((name, rates) -> medians.append(String.format("%-42s %,16.0f%n", name, median(rates))));
        medians.append(String.format("%n%-42s %.1f s (%,.0f emails/s)", "end to end, 20,000 Fliplet emails to SMTP",
                median(endToEnd), END_TO_END_EMAILS / median(endToEnd)));
        Report.line("%s", medians);
        smtp.close();
    }

    private record Single(HttpLoad load, HttpLoad.Target target) {
    }

    /** Waits until the gateway has sent everything it accepted, so that one row's deliveries do not slow the next. */
    private static void awaitIdleOutbox(Gateway gateway) throws Exception {
        for (String status : List.of("QUEUED", "SENDING")) {
            while (!gateway.admin("GET", "/deliveries?status=" + status + "&limit=1", "").contains("\"deliveries\":[]")) {
                Thread.sleep(200);
            }
        }
    }

    private static <T> double median(List<T> values, ToDoubleFunction<T> figure) {
        return median(values.stream().map(figure::applyAsDouble).toList());
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
