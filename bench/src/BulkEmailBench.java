import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Times Dripcel's POST /send/email/bulk with 10,000 destinations against a running gateway, over
 * HTTP, from request to answer (the deliveries are stored in one transaction before it).
 * Run by bench/bulk-email.sh, which starts the gateway on each database.
 *
 * <p>Arguments: GATEWAY_URL ADMIN_PASSWORD RUNS
 */
public final class BulkEmailBench {

    private static final int DESTINATIONS = 10_000;

    public static void main(String[] args) throws Exception {
        Gateway gateway = Gateway.login(args[0], args[1]);
        int runs = Integer.parseInt(args[2]);
        String key = gateway.dripcelKey();
        gateway.admin("PUT", "/templates/welcome", "{\"name\":\"Welcome\",\"subject\":\"Hi {{first_name}}\","
                + "\"html\":\"<p>Hello {{first_name}}, your code is {{code}}.</p>\",\"text\":\"Hello {{first_name}}\"}");
        gateway.admin("PUT", "/templates/plain", "{\"name\":\"Plain\",\"subject\":\"News\",\"html\":\"<p>Hello all</p>\"}");
        String contacts = IntStream.range(0, DESTINATIONS)
                .mapToObj(i -> "{\"id\":\"c" + i + "\",\"data\":{\"email\":\"user" + i + "@example.org\",\"first_name\":\"User "
                        + i + "\",\"code\":" + i + "}}").collect(Collectors.joining(",", "{\"contacts\":[", "]}"));
        gateway.admin("PUT", "/contacts", contacts);
        String destinations = IntStream.range(0, DESTINATIONS).mapToObj(i -> "\"user" + i + "@example.org\"")
                .collect(Collectors.joining(",", "[", "]"));

        time(gateway, key, runs, "plain template, no contact lookup", "{\"from\":\"news@acme.example\",\"template_id\":\"plain\","
                + "\"destinations\":" + destinations + "}");
        String toContacts = "{\"from\":\"news@acme.example\",\"template_id\":\"welcome\",\"destinations\":" + destinations
                + ",\"filter_non_contacts\":true}";
        time(gateway, key, runs, "template with fields, contacts only", toContacts);
        // The same contacts stored again, as a tenant's regular sync does: the lookups now meet the old
        // rows' versions as well, and statements the database has by now prepared for reuse.
        gateway.admin("PUT", "/contacts", contacts);
        time(gateway, key, runs, "the same, after the contacts' next sync", toContacts);
    }

    private static void time(Gateway gateway, String key, int runs, String what, String body) throws Exception {
        gateway.call("POST", "/send/email/bulk", body, "Bearer " + key); // warm-up, not counted
        List<Long> millis = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            String answer = gateway.call("POST", "/send/email/bulk", body, "Bearer " + key);
            millis.add((System.nanoTime() - start) / 1_000_000);
            if (!answer.contains("\"accepted\":" + DESTINATIONS)) {
                throw new IllegalStateException("not all accepted: " + answer);
            }
        }
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        Report.line("%-40s runs %s ms, median %d ms", what, millis, sorted.get(sorted.size() / 2));
    }
}
