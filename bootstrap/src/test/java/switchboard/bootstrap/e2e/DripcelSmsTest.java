package switchboard.bootstrap.e2e;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static switchboard.application.memory.Eventually.waitFor;

/** {@code POST /send/sms} and {@code GET /send/sms/{customerId}}, as dripcel-send.txt documents them. */
@MicronautTest(transactional = false)
class DripcelSmsTest extends DripcelTest {

    /** The documented example request, verbatim. */
    static final String DOCUMENTED_REQUEST = """
            {
            "content": "Hello World",
            "cell": "0111111111",
            "skipNonContacts": true,
            "country": "ZA",
            "deliveryMethod": "reverse",
            "campaign_id": "123",
            "sendOptions": {
            "testMode": true
            }
            }""";

    @Test
    void theDocumentedExampleSendsToTheContactInTestModeAndAnswersItsIdAndCost() throws InterruptedException {
        Organisation org = organisation("Dripcel Example", "sendLog.create");
        contacts(org, "[{\"id\":\"c1\",\"data\":{\"cell\":\"+27 11 111 1111\"}}]");

        GatewayClient.Response response = client.post("/send/sms", DOCUMENTED_REQUEST, org.apiKey());

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json()).containsOnlyKeys("ok", "data").containsEntry("ok", true);
        Map<String, Object> data = object(response.json().get("data"));
        assertThat(data.get("customerId")).isInstanceOf(String.class);
        assertThat(response.body()).as("totalCost is a JSON number").contains("\"totalCost\":0.25");
        assertThat(data.get("skipped")).isEqualTo(0);
        String customerId = (String) data.get("customerId");
        Map<String, Object> message = message(org, customerId);
        assertThat(message).containsEntry("origin", "dripcel").containsEntry("campaignId", "123").containsEntry("testMode", true);
        assertThat(message.get("deliveries")).asList().singleElement().satisfies(delivery ->
                assertThat(object(delivery)).containsEntry("channel", "SMS").containsEntry("to", "+27111111111"));
        assertThat(captured(org, "sms", 1)).singleElement().satisfies(sms ->
                assertThat(object(sms)).containsEntry("to", "+27111111111").containsEntry("body", "Hello World"));
        assertThat(client.get("/api/v1/tenants/" + org.admin().tenantId() + "/messages?campaignId=123", org.admin().token())
                .jsonList("messages")).extracting(field("id")).containsExactly(customerId);

        GatewayClient.Response status = client.get("/send/sms/" + customerId, org.apiKey());
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.json()).containsEntry("ok", true);
        assertThat(object(status.json().get("data"))).containsEntry("customerId", customerId)
                .containsEntry("status", "captured").containsEntry("cell", "+27111111111")
                .containsEntry("campaign_id", "123").containsEntry("testMode", true);
    }

    @Test
    void apiKeysAreCheckedBeforeTheBodyAndAnsweredInDripcelsShape() {
        Organisation org = organisation("Dripcel Keys", "sendLog.create");
        String readOnly = apiKey(org.admin(), "sendLog.read");
        String none = apiKey(org.admin());

        assertFailure(client.post("/send/sms", DOCUMENTED_REQUEST, null), 401);
        assertFailure(client.post("/send/sms", "not even json", "sbd_not-a-key"), 401);
        assertFailure(client.post("/send/sms", DOCUMENTED_REQUEST, org.admin().token()), 401);
        assertFailure(client.post("/send/sms", DOCUMENTED_REQUEST, readOnly), 403);
        assertFailure(client.post("/send/email/bulk", "{}", none), 403);
        assertThat(client.post("/send/sms", DOCUMENTED_REQUEST, none).json().get("error")).asString()
                .contains("sendLog.create");
        assertThat(client.get("/send/sms/00000000-0000-0000-0000-000000000000", none).status()).isEqualTo(403);
        assertFailure(client.get("/send/sms/00000000-0000-0000-0000-000000000000", readOnly), 404);
    }

    @Test
    void badInputIsA400NamingWhatIsWrong() {
        Organisation org = organisation("Dripcel Bad Input", "sendLog.create");

        assertThat(assertFailure(client.post("/send/sms", sms("Hi", "123", "ZA", "standard", false), org.apiKey()), 400))
                .contains("cell '123'").contains("ZA");
        assertThat(assertFailure(client.post("/send/sms", sms("Hi", "0111111111", "ZA", "pigeon", false), org.apiKey()), 400))
                .contains("deliveryMethod");
        assertThat(assertFailure(client.post("/send/sms", sms("Hi", "0111111111", "South Africa", "standard", false),
                org.apiKey()), 400)).contains("country");
        assertThat(assertFailure(client.post("/send/sms", "{\"content\":\"Hi\"}", org.apiKey()), 400))
                .contains("cell").contains("country").contains("deliveryMethod").contains("skipNonContacts");
        assertFailure(client.post("/send/sms", "{\"content\":", org.apiKey()), 400);
        assertFailure(client.post("/send/sms", "{\"content\":\"Hi\",\"cell\":\"0111111111\",\"skipNonContacts\":{\"no\":1},"
                + "\"country\":\"ZA\",\"deliveryMethod\":\"standard\"}", org.apiKey()), 400);
        assertThat(assertFailure(client.post("/send/sms", sms("Hi {{first_name}}", "0111111111", "ZA", "standard", false),
                org.apiKey()), 400)).contains("first_name").contains("contacts only");
        assertFailure(client.get("/send/sms/not-an-id", org.apiKey()), 404);
    }

    @ParameterizedTest(name = "{0} costs {3} in {1} by {2}")
    @CsvSource({
            "160 GSM-7 characters,     ZA, standard,      0.5",
            "161 GSM-7 characters,     ZA, standard,      1",
            "161 GSM-7 characters,     ZA, reverse,       0.5",
            "161 GSM-7 characters,     GB, transactional, 2",
            "159 characters and a euro, ZA, standard,     1",
            "158 characters and a euro, GB, standard,     1",
            "70 units with an emoji,   GB, standard,      1",
            "71 units with an emoji,   GB, standard,      2"})
    void totalCostIsTheSegmentsTimesThePriceOfTheCountryAndMethod(String text, String country, String method,
                                                                 BigDecimal cost) {
        Organisation org = organisation("Dripcel Cost", "sendLog.create");

        GatewayClient.Response response = client.post("/send/sms",
                sms(content(text), "+27 11 111 1111", country, method, false), org.apiKey());

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(new BigDecimal(String.valueOf(((Map<?, ?>) response.json().get("data")).get("totalCost"))))
                .isEqualByComparingTo(cost);
    }

    @Test
    void skipsACellThatIsNoContactAndFillsFieldsForOneThatIs() throws InterruptedException {
        Organisation org = organisation("Dripcel Contacts", "sendLog.create");
        contacts(org, "[{\"id\":\"nick\",\"data\":{\"cell\":\"+27111111111\",\"first_name\":\"Nick\"}}]");

        GatewayClient.Response skipped = client.post("/send/sms",
                sms("Hi {{first_name}}", "0222222222", "ZA", "standard", true), org.apiKey());
        GatewayClient.Response sent = client.post("/send/sms",
                sms("Hi {{first_name}} \u20ac", "011 111 1111", "ZA", "standard", true), org.apiKey());

        assertThat(skipped.json()).containsOnlyKeys("ok", "data").containsEntry("ok", true);
        Map<String, Object> skippedData = object(skipped.json().get("data"));
        assertThat(skippedData).containsOnlyKeys("customerId", "totalCost", "skipped")
                .containsEntry("totalCost", 0).containsEntry("skipped", 1);
        String skippedId = (String) skippedData.get("customerId");
        assertThat(object(client.get("/send/sms/" + skippedId, org.apiKey()).json().get("data")))
                .containsEntry("customerId", skippedId).containsEntry("status", "skipped")
                .containsEntry("cell", "+27222222222")
                .hasEntrySatisfying("error", error -> assertThat(error).asString().contains("+27222222222"));
        assertThat(message(org, skippedId).get("deliveries")).asList().singleElement().satisfies(delivery ->
                assertThat(object(delivery)).containsEntry("status", "SKIPPED").containsEntry("attempts", 0));
        assertThat(sent.json().get("data")).asInstanceOf(
                InstanceOfAssertFactories.MAP).containsEntry("skipped", 0).containsKey("customerId");
        assertThat(captured(org, "sms", 1)).singleElement().satisfies(sms ->
                assertThat(object(sms)).containsEntry("body", "Hi Nick \u20ac"));
        String customerId = (String) ((Map<?, ?>) sent.json().get("data")).get("customerId");
        waitFor(() -> "captured".equals(((Map<?, ?>) client.get("/send/sms/" + customerId, org.apiKey()).json().get("data"))
                .get("status")));
        assertThat(message(org, customerId)).containsEntry("testMode", false);
        assertThat(client.get("/api/v1/tenants/" + org.admin().tenantId() + "/captured?channel=sms", org.admin().token())
                .jsonList("captured")).as("the skipped cell was never sent").hasSize(1);
    }

    @Test
    void oneOrganisationCannotReadAnothersSend() {
        Organisation acme = organisation("Dripcel Acme", "sendLog.create");
        Organisation globex = organisation("Dripcel Globex", "sendLog.create");
        String customerId = (String) ((Map<?, ?>) client.post("/send/sms",
                sms("Hi", "0111111111", "ZA", "standard", false), acme.apiKey()).json().get("data")).get("customerId");

        assertFailure(client.get("/send/sms/" + customerId, globex.apiKey()), 404);
        assertThat(client.get("/send/sms/" + customerId, acme.apiKey()).status()).isEqualTo(200);
    }

    /** The text a case of the cost test names. */
    private static String content(String text) {
        return switch (text) {
            case "160 GSM-7 characters" -> "a".repeat(160);
            case "161 GSM-7 characters" -> "a".repeat(161);
            case "159 characters and a euro" -> "a".repeat(159) + "\u20ac";
            case "158 characters and a euro" -> "a".repeat(158) + "\u20ac";
            case "70 units with an emoji" -> "a".repeat(68) + "\uD83D\uDE00";
            case "71 units with an emoji" -> "a".repeat(69) + "\uD83D\uDE00";
            default -> throw new IllegalArgumentException(text);
        };
    }

    static String sms(String content, String cell, String country, String method, boolean skipNonContacts) {
        return "{\"content\":\"" + content + "\",\"cell\":\"" + cell + "\",\"skipNonContacts\":" + skipNonContacts
                + ",\"country\":\"" + country + "\",\"deliveryMethod\":\"" + method + "\"}";
    }

    /** Checks a failure's status and shape, and returns its error. */
    static String assertFailure(GatewayClient.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.json()).containsOnlyKeys("ok", "error").containsEntry("ok", false);
        return (String) response.json().get("error");
    }
}
