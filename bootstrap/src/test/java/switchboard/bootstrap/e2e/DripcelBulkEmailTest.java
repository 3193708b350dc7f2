package switchboard.bootstrap.e2e;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static switchboard.bootstrap.e2e.DripcelSmsTest.assertFailure;

/** {@code POST /send/email/bulk}, as dripcel-send.txt documents it, with templates stored through the Admin API. */
@MicronautTest(transactional = false)
class DripcelBulkEmailTest extends DripcelTest {

    /** The documented example request, verbatim but for the addresses the documentation hides. */
    static final String DOCUMENTED_REQUEST = """
            {
            "from": "news@acme.example",
            "template_id": "template123",
            "destinations": ["nick@example.org"],
            "filter_non_contacts": true,
            "to_start_at": "2023-10-01T12:00:00Z"
            }""";

    static final String WELCOME = """
            {"name":"Welcome","subject":"Welcome, {{first_name}}",
             "html":"<p>Hello {{first_name}}</p>","text":"Hello {{first_name}}"}""";

    @Test
    void theDocumentedExampleSendsTheTemplateFilledFromTheContact() throws InterruptedException {
        Organisation org = organisation("Bulk Example", "sendLog.create");
        template(org, "template123", WELCOME);
        contacts(org, "[{\"id\":\"nick\",\"data\":{\"email\":\"Nick@Example.org\",\"first_name\":\"Nick <3\"}}]");

        GatewayClient.Response response = client.post("/send/email/bulk", DOCUMENTED_REQUEST, org.apiKey());

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json()).containsOnlyKeys("ok", "data").containsEntry("ok", true);
        assertThat(object(response.json().get("data"))).containsEntry("accepted", 1).containsEntry("skipped", 0)
                .containsKey("customerId");
        assertThat(captured(org, "email", 1)).singleElement().satisfies(email -> assertThat(object(email))
                .containsEntry("to", "nick@example.org").containsEntry("subject", "Welcome, Nick <3")
                .containsEntry("body", "Hello Nick <3").containsEntry("html", "<p>Hello Nick &lt;3</p>"));
        Map<String, Object> message = message(org, (String) object(response.json().get("data")).get("customerId"));
        assertThat(message).containsEntry("origin", "dripcel").containsEntry("subject", "Welcome, {{first_name}}");
    }

    @Test
    void skipsDestinationsThatAreNoContactsAndSaysHowMany() {
        Organisation org = organisation("Bulk Filter", "sendLog.create");
        template(org, "t", WELCOME);
        contacts(org, "[{\"id\":\"a\",\"data\":{\"email\":\"a@example.org\",\"first_name\":\"A\"}},"
                + "{\"id\":\"b\",\"data\":{\"other\":\"b@example.org\"}}]");

        GatewayClient.Response response = client.post("/send/email/bulk", bulk("t",
                "[\"a@example.org\", \"b@example.org\", \"c@example.org\", \"A@example.org\"]", true, null), org.apiKey());

        assertThat(object(response.json().get("data"))).containsEntry("accepted", 1).containsEntry("skipped", 2);
    }

    @Test
    void aTemplateWithFieldsNeedsFilterNonContactsAndAnUnknownTemplateIsABadRequest() {
        Organisation org = organisation("Bulk Refusals", "sendLog.create");
        template(org, "fields", WELCOME);
        template(org, "plain", "{\"name\":\"Plain\",\"subject\":\"News\",\"text\":\"Hello all\"}");

        assertThat(assertFailure(client.post("/send/email/bulk", bulk("fields", "[\"a@example.org\"]", false, null),
                org.apiKey()), 400)).contains("first_name");
        assertThat(assertFailure(client.post("/send/email/bulk", bulk("missing", "[\"a@example.org\"]", true, null),
                org.apiKey()), 400)).contains("template_id 'missing'");
        assertThat(assertFailure(client.post("/send/email/bulk", bulk("plain", "[\"a@example.org\", \"nope\"]", false, null),
                org.apiKey()), 400)).contains("destinations[1]");
        assertThat(assertFailure(client.post("/send/email/bulk", bulk("plain", "[\"a@example.org\"]", false, "soon"),
                org.apiKey()), 400)).contains("to_start_at");
        assertThat(assertFailure(client.post("/send/email/bulk", "{\"from\":\"news@acme.example\"}", org.apiKey()), 400))
                .contains("template_id").contains("destinations");
        assertThat(client.post("/send/email/bulk", bulk("plain", "[\"a@example.org\"]", false, null), org.apiKey()).status())
                .isEqualTo(200);
    }

    @Test
    void toStartAtSchedulesTheEmailAndNothingIsSentBeforeIt() throws InterruptedException {
        Organisation org = organisation("Bulk Scheduled", "sendLog.create");
        template(org, "plain", "{\"name\":\"Plain\",\"subject\":\"News\",\"text\":\"Hello all\"}");
        Instant later = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

        GatewayClient.Response response = client.post("/send/email/bulk",
                bulk("plain", "[\"a@example.org\"]", false, later.toString()), org.apiKey());

        String customerId = (String) object(response.json().get("data")).get("customerId");
        Thread.sleep(300);
        assertThat(message(org, customerId).get("deliveries")).asList().singleElement().satisfies(delivery ->
                assertThat(object(delivery)).containsEntry("status", "QUEUED").containsEntry("notBefore", later.toString()));
    }

    @Test
    void tenThousandDestinationsAreAcceptedInOneRequest() {
        Organisation org = organisation("Bulk Ten Thousand", "sendLog.create");
        template(org, "plain", "{\"name\":\"Plain\",\"subject\":\"News\",\"text\":\"Hello all\"}");
        String destinations = IntStream.range(0, 10_000).mapToObj(i -> "\"user" + i + "@example.org\"")
                .collect(Collectors.joining(",", "[", "]"));

        GatewayClient.Response response = client.post("/send/email/bulk", bulk("plain", destinations, false,
                Instant.now().plus(1, ChronoUnit.DAYS).toString()), org.apiKey());

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(object(response.json().get("data"))).containsEntry("accepted", 10_000);
        assertThat(client.get("/api/v1/tenants/" + org.admin().tenantId() + "/messages", org.admin().token())
                .jsonList("messages")).singleElement().satisfies(summary ->
                assertThat(object(summary).get("deliveries")).isEqualTo(Map.of("QUEUED", 10_000)));
    }

    static String bulk(String templateId, String destinations, boolean filter, String startAt) {
        return "{\"from\":\"Acme News <news@acme.example>\",\"template_id\":\"" + templateId + "\",\"destinations\":"
                + destinations + ",\"filter_non_contacts\":" + filter
                + (startAt == null ? "" : ",\"to_start_at\":\"" + startAt + "\"") + "}";
    }
}
