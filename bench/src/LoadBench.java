import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The benchmark suite: accepted sends per second and latency for each API next to the baseline
 * service, batch ingest, and end-to-end email delivery next to a direct Jakarta Mail loop over as
 * many SMTP connections as the gateway's dispatch concurrency, medians over RUNS runs. Started by
 * bench/run.sh with the gateway and the baseline already up; this process is the load. The sizes
 * can be made smaller for a quick check of the whole suite (see {@link Sizes}).
 *
 * <p>Arguments: GATEWAY_PORT BASELINE_PORT ADMIN_PASSWORD RUNS SMTP_PORT DISPATCH_CONCURRENCY
 */
public final class LoadBench {

    private static final int CONNECTIONS = 16;
    private static final int OPEN_LOOP_CONNECTIONS = 64;
    private static final long WARM_UP_MILLIS = Sizes.of("BENCH_WARM_UP_SECONDS", 3) * 1_000L;
    private static final long MEASURE_MILLIS = Sizes.of("BENCH_MEASURE_SECONDS", 10) * 1_000L;
    private static final double LATENCY_LOAD = 0.7;
    private static final int BATCH = Sizes.of("BENCH_BATCH", 10_000);
    private static final int BIG_BULK = Sizes.of("BENCH_BIG_BULK", 100_000);
    private static final int END_TO_END_EMAILS = Sizes.of("BENCH_END_TO_END_EMAILS", 20_000);

    public static void main(String[] args) throws Exception {
        int gatewayPort = Integer.parseInt(args[0]);
        HttpLoad gatewayLoad = new HttpLoad(gatewayPort);
        HttpLoad baselineLoad = new HttpLoad(Integer.parseInt(args[1]));
        Gateway gateway = Gateway.login("http://127.0.0.1:" + gatewayPort, args[2]);
        int runs = Integer.parseInt(args[3]);
        SmtpSink smtp = SmtpSink.start(Integer.parseInt(args[4]));
        int dispatchConcurrency = Integer.parseInt(args[5]);

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
        // The big bulk is made once per run, its 100,000 emails being most of a run's sending.
        List<Batch> batches = List.of(
                new Batch(String.format("Fliplet email batch, %,d items", BATCH), BATCH, 3, new HttpLoad.Target("POST",
                        "/v1/communicate/email/batch", Map.of("Auth-token", fliplet), flipletBatch)),
                new Batch(String.format("Dripcel bulk email, %,d destinations", BATCH), BATCH, 3, bulkEmail(dripcel, BATCH)),
                new Batch(String.format("Dripcel bulk email, %,d destinations", BIG_BULK), BIG_BULK, 1, bulkEmail(dripcel, BIG_BULK)));

        Map<String, List<HttpLoad.Result>> maxima = new LinkedHashMap<>();
        Map<String, List<HttpLoad.Result>> latencies = new LinkedHashMap<>();
        Map<String, List<Double>> batchRates = new LinkedHashMap<>();
        List<Double> endToEnd = new ArrayList<>();
        List<Double> endToEndWithEvents = new ArrayList<>();
        List<Double> eventsPosted = new ArrayList<>();
        List<Double> directEmails = new ArrayList<>();
        // One round first, not counted: the JIT compiles each path, the connection pools fill.
        Report.line("warming up");
        for (Single row : singles.values()) {
            row.load().closedLoop(row.target(), CONNECTIONS, WARM_UP_MILLIS);
        }
        for (Batch batch : batches.subList(0, 2)) { // the big bulk takes the same path as the bulk of 10,000
            awaitIdleOutbox(gateway);
            gatewayLoad.send(batch.target(), 1, 1);
        }
        DirectSends.emails(smtp.port(), dispatchConcurrency, Math.min(END_TO_END_EMAILS, 2_000));
        // The events' path too (made, queued, posted): else the first run's row with events pays for its compiling.
        endToEndWithAnEventEndpoint(gateway, gatewayLoad, singles.get("Fliplet email").target(), smtp,
                Math.min(END_TO_END_EMAILS, 2_000));
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
            for (Batch batch : batches) {
                List<Double> rates = new ArrayList<>();
                for (int repeat = 0; repeat < batch.requests(); repeat++) {
                    // Each request meets an idle gateway: the previous one's emails are sent first.
                    awaitIdleOutbox(gateway);
                    long start = System.nanoTime();
                    gatewayLoad.send(batch.target(), 1, 1);
                    rates.add(batch.recipients() / ((System.nanoTime() - start) / 1e9));
                }
                batchRates.computeIfAbsent(batch.name(), key -> new ArrayList<>()).add(median(rates));
                Report.line("%-42s %,8.0f recipients/s (requests: %s)", batch.name(), median(rates),
                        rates.stream().map(rate -> String.format("%,.0f", rate)).toList());
            }
            // The two end-to-end rows take turns at going first, so that what the first leaves behind (rows to vacuum,
            // a warmer JIT) does not favour one of them in every run.
            boolean eventsFirst = run % 2 == 0;
            HttpLoad.Target oneEmail = singles.get("Fliplet email").target();
            if (eventsFirst) {
                endToEndWithEvents(gateway, gatewayLoad, oneEmail, smtp, endToEndWithEvents, eventsPosted);
            }
            awaitIdleOutbox(gateway);
            int before = smtp.received();
            long start = System.nanoTime();
            gatewayLoad.send(oneEmail, CONNECTIONS, END_TO_END_EMAILS);
            double accepted = (System.nanoTime() - start) / 1e9;
            while (smtp.received() < before + END_TO_END_EMAILS) {
                Thread.sleep(5);
            }
            double delivered = (System.nanoTime() - start) / 1e9;
            endToEnd.add(delivered);
            Report.line("%-42s %.1f s (all accepted after %.1f s): %,.0f emails/s", String.format("end to end, %,d emails",
                    END_TO_END_EMAILS), delivered, accepted, END_TO_END_EMAILS / delivered);
            if (!eventsFirst) {
                endToEndWithEvents(gateway, gatewayLoad, oneEmail, smtp, endToEndWithEvents, eventsPosted);
            }
            // The baseline: the same number of emails sent straight to the same sink, as many at once as the gateway sends.
            long direct = System.nanoTime();
            DirectSends.emails(smtp.port(), dispatchConcurrency, END_TO_END_EMAILS);
            directEmails.add(END_TO_END_EMAILS / ((System.nanoTime() - direct) / 1e9));
            Report.line("%-42s %,.0f emails/s", String.format("Jakarta Mail, %d connections", dispatchConcurrency),
                    directEmails.get(directEmails.size() - 1));
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
        double gatewayEmails = END_TO_END_EMAILS / median(endToEnd);
        medians.append(String.format("%n%-42s %.1f s (%,.0f emails/s)%n", String.format("end to end, %,d Fliplet emails to SMTP",
                END_TO_END_EMAILS), median(endToEnd), gatewayEmails));
        medians.append(String.format("%-42s %,.0f emails/s; ratio %.2f (dispatch concurrency %d)%n", String.format(
                "Jakarta Mail, %d connections, same sink", dispatchConcurrency), median(directEmails),
                gatewayEmails / median(directEmails), dispatchConcurrency));
        double withEventsEmails = END_TO_END_EMAILS / median(endToEndWithEvents);
        medians.append(String.format("%-42s %.1f s (%,.0f emails/s); ratio to the row without %.2f; its %,d events all "
                        + "posted after %.1f s", "the same, one endpoint taking every event", median(endToEndWithEvents),
                withEventsEmails, withEventsEmails / gatewayEmails, 2 * END_TO_END_EMAILS, median(eventsPosted)));
        // The machine's speed may drift within a suite, which the medians of each row mix: each run's own pair beside them.
        medians.append(String.format("%n%-42s %s", "each run's ratio with events / without", IntStream.range(0, runs)
                .mapToObj(run -> String.format("%.2f", endToEnd.get(run) / endToEndWithEvents.get(run))).toList()));
        Report.line("%s", medians);
        smtp.close();
    }

    /** The end-to-end row with an endpoint taking every event: measured, noted and reported. */
    private static void endToEndWithEvents(Gateway gateway, HttpLoad load, HttpLoad.Target send, SmtpSink smtp,
                                           List<Double> delivered, List<Double> posted) throws Exception {
        EventsRow withEvents = endToEndWithAnEventEndpoint(gateway, load, send, smtp, END_TO_END_EMAILS);
        delivered.add(withEvents.delivered());
        posted.add(withEvents.posted());
        Report.line("%-42s %.1f s: %,.0f emails/s; its %,d events all posted after %.1f s",
                "the same, one endpoint taking every event", withEvents.delivered(),
                END_TO_END_EMAILS / withEvents.delivered(), 2 * END_TO_END_EMAILS, withEvents.posted());
    }

    /**
     * The end-to-end row again with an endpoint of the tenant subscribed to every event (each email
     * makes two: accepted, sent), posted to a receiver that answers 204 at once. The endpoint is
     * deleted afterwards, so that the other rows run without it.
     */
    private static EventsRow endToEndWithAnEventEndpoint(Gateway gateway, HttpLoad load, HttpLoad.Target send, SmtpSink smtp,
                                                         int emails) throws Exception {
        try (HttpSink receiver = HttpSink.start(0, "204 No Content", count -> "")) {
            String endpoint = Gateway.field(gateway.admin("POST", "/event-endpoints",
                    "{\"url\":\"http://127.0.0.1:" + receiver.port() + "/events\"}"), "id");
            awaitIdleOutbox(gateway);
            int before = smtp.received();
            long start = System.nanoTime();
            load.send(send, CONNECTIONS, emails);
            while (smtp.received() < before + emails) {
                Thread.sleep(5);
            }
            double delivered = (System.nanoTime() - start) / 1e9;
            while (receiver.received() < 2 * emails) {
                Thread.sleep(5);
            }
            double posted = (System.nanoTime() - start) / 1e9;
            gateway.admin("DELETE", "/event-endpoints/" + endpoint, "");
            return new EventsRow(delivered, posted);
        }
    }

    /** Seconds from the first request until the last email was taken, and until the last event was. */
    private record EventsRow(double delivered, double posted) {
    }

    private record Single(HttpLoad load, HttpLoad.Target target) {
    }

    /** A batch ingest row: one request carrying {@code recipients}, made {@code requests} times a run. */
    private record Batch(String name, int recipients, int requests, HttpLoad.Target target) {
    }

    /** Dripcel's bulk email of the stored template to {@code destinations} addresses. */
    private static HttpLoad.Target bulkEmail(String dripcel, int destinations) {
        String body = IntStream.range(0, destinations).mapToObj(i -> "\"user" + i + "@example.org\"").collect(Collectors.joining(",",
                "{\"from\":\"news@acme.example\",\"template_id\":\"notice\",\"destinations\":[", "]}"));
        return new HttpLoad.Target("POST", "/send/email/bulk", Map.of("Authorization", dripcel), body);
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
