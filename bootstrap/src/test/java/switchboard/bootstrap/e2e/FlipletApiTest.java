package switchboard.bootstrap.e2e;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import switchboard.adapter.out.persistence.Database;

import static org.assertj.core.api.Assertions.assertThat;
import static switchboard.application.memory.Eventually.waitFor;

/**
 * Fliplet Communicate v1: every example request of both Fliplet pages, sent as the pages print
 * them, produces the deliveries it describes (email and SMS are captured here: no provider).
 */
@MicronautTest(transactional = false)
class FlipletApiTest extends GatewayTest {

    private static final String UNKNOWN_TOKEN_BODY =
            "{\"error\":\"not authorised\",\"message\":\"The auth_token provided doesn't belong to any user.\"}";

    @Inject
    Database database;

    private TenantAdmin tenant;
    private String token;

    @BeforeEach
    void tenantWithContacts() {
        tenant = newTenantWithAdmin("Fliplet App");
        token = (String) credential(tenant, "{\"type\":\"fliplet-token\"}").get("token");
        client.put("/api/v1/tenants/" + tenant.tenantId() + "/contacts", """
                {"contacts":[
                  {"id":"nick","data":{"Email":"nick@example.org","pushTokens":["nick-phone","nick-tablet"]}},
                  {"id":"john","data":{"Email":"john@example.org"}},
                  {"id":"ann","data":{"Email":"ann@example.org","pushToken":"ann-phone"}}]}""", tenant.token());
    }

    @Test
    void theScopeExampleEmailsTheMatchingContactAndPushesToHerDevices() throws Exception {
        Map<String, Object> accepted = fliplet("/v1/communicate/email", example("md-email-scope-push.json")).json();

        assertThat(accepted.get("recipients")).isEqualTo(3);
        awaitCaptured(3);
        assertThat(captured("email")).singleElement().satisfies(email -> {
            assertThat(email.get("to")).isEqualTo("nick@example.org");
            assertThat(email.get("subject")).isEqualTo("New article");
            assertThat(email.get("body")).isEqualTo("John posted an article.");
        });
        assertThat(captured("push")).extracting(push -> push.get("to")).containsExactlyInAnyOrder("nick-phone", "nick-tablet");
        assertThat(captured("push")).allSatisfy(push -> {
            assertThat(push.get("subject")).isEqualTo("New article");
            assertThat(push.get("body")).isEqualTo("John has posted a new article on the news page. Go check it out!");
        });
    }

    @Test
    void theInScopeExampleReachesEachListedContactOnBothEndpoints() throws Exception {
        assertThat(fliplet("/v1/communicate/email", example("md-email-scope-in.json")).json().get("recipients")).isEqualTo(2);
        assertThat(fliplet("/v1/communicate/email/batch", example("md-email-batch-scope-in.json")).json().get("recipients"))
                .isEqualTo(2);

        awaitCaptured(4);
        assertThat(captured("email")).extracting(email -> email.get("to")).containsExactlyInAnyOrder(
                "nick@example.org", "john@example.org", "nick@example.org", "john@example.org");
        assertThat(captured("email")).allSatisfy(email -> assertThat(email.get("subject")).isEqualTo("Greetings"));
    }

    @Test
    void aScopeThatMatchesNobodyIsAcceptedWithZeroRecipients() {
        GatewayClient.Response response = fliplet("/v1/communicate/email",
                "{\"data\":{\"title\":\"t\",\"message\":\"m\"},\"scope\":{\"Email\":\"nobody@example.org\"}}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"messageId\":null,\"recipients\":0,\"deliveries\":[]}");
    }

    @Test
    void theMessageFormExamplesSendOneEmailPerItem() throws Exception {
        Map<String, Object> single = fliplet("/v1/communicate/email", example("txt-email.json")).json();
        GatewayClient.Response olderBatch = fliplet("/v1/communicate/email/batch", example("md-email-batch.json"));
        GatewayClient.Response currentBatch = fliplet("/v1/communicate/email/batch", example("txt-email-batch.json"));

        assertThat(single.get("recipients")).isEqualTo(1);
        assertThat(olderBatch.json()).containsEntry("accepted", 2).containsEntry("rejected", 0);
        assertThat(currentBatch.json()).containsEntry("accepted", 2).containsEntry("rejected", 0);
        awaitCaptured(5);
        assertThat(captured("email")).hasSize(5).allSatisfy(email -> {
            assertThat(email.get("to")).isEqualTo("john@example.com");
            assertThat(email.get("subject")).isEqualTo("My subject");
        });
        assertThat(captured("email")).extracting(email -> email.get("html"))
                .containsOnly("<p>Hi John 1</p>", "<p>Hi John Doe</p>");
    }

    @Test
    void theSmsExamplesAreAcceptedWithTheirCommentsAndQuotes() throws Exception {
        assertThat(fliplet("/v1/communicate/sms", example("md-sms.json")).json().get("recipients")).isEqualTo(1);
        assertThat(fliplet("/v1/communicate/sms", example("txt-sms.json")).json().get("recipients")).isEqualTo(1);
        assertThat(fliplet("/v1/communicate/sms/batch", example("md-sms-batch.json")).json())
                .containsEntry("accepted", 2);
        assertThat(fliplet("/v1/communicate/sms/batch", example("txt-sms-batch-line-breaks-restored.json")).json())
                .containsEntry("accepted", 2);

        awaitCaptured(6);
        assertThat(captured("sms")).hasSize(6).allSatisfy(sms -> assertThat(sms.get("body")).isEqualTo("Hey!"));
        assertThat(captured("sms")).extracting(sms -> sms.get("to")).containsOnly("+123456789", "+987654321");
    }

    @Test
    void aCallersTwilioCredentialsAreNeverShownNorLoggedAndAreErasedWhenTheDeliveryEnds() throws Exception {
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(log);
        try {
            GatewayClient.Response accepted = fliplet("/v1/communicate/sms", """
                    {"provider":"twilio","data":{"from":"Acme","to":"+14155550100","body":"Your code is 1234"},
                     "options":{"twilio_sid":"AC81caaa94b3b84bb7ba9c3cd96bcb152a","twilio_auth_token":"s3cr3t-t0ken"}}""");
            String messageId = (String) accepted.json().get("messageId");
            waitFor(() -> captured("sms").size() == 1);

            GatewayClient.Response status = client.get("/api/v1/tenants/" + tenant.tenantId() + "/messages/" + messageId,
                    tenant.token());
            assertThat(accepted.body() + status.body() + captured("sms")).doesNotContain("s3cr3t-t0ken");
            long storedCredentials = database.read(connection -> Database.queryOne(connection,
                    "SELECT COUNT(*) FROM delivery_credentials", row -> row.getLong(1)).orElseThrow());
            assertThat(storedCredentials).isZero();
        } finally {
            root.detachAppender(log);
        }
        assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage).noneMatch(line -> line.contains("s3cr3t-t0ken"));
    }

    @Test
    void theTokenMayComeInAnyOfFlipletsThreePlaces() {
        String body = "{\"to\":[{\"email\":\"a@example.com\"}],\"subject\":\"s\",\"html\":\"<p>x</p>\"}";

        assertThat(client.send(client.request("/v1/communicate/email", null).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)))
                .status()).isEqualTo(200);
        assertThat(client.post("/v1/communicate/email?auth_token=" + token, body, null).status()).isEqualTo(200);
    }

    @Test
    void aMissingUnknownOrRevokedTokenGetsFlipletsDocumented401() {
        String body = "{\"to\":[{\"email\":\"a@example.com\"}],\"html\":\"<p>x</p>\"}";
        assertThat(client.post("/v1/communicate/email", body, null)).satisfies(response -> {
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.body()).isEqualTo(UNKNOWN_TOKEN_BODY);
        });
        assertThat(client.send(withAuthToken("/v1/communicate/sms", "{}", "sbf_not-a-token")).body()).isEqualTo(UNKNOWN_TOKEN_BODY);

        Map<?, ?> revoked = client.get("/api/v1/tenants/" + tenant.tenantId() + "/credentials", tenant.token()).jsonList()
                .stream().map(entry -> (Map<?, ?>) entry).filter(entry -> "fliplet-token".equals(entry.get("type")))
                .findFirst().orElseThrow();
        client.delete("/api/v1/tenants/" + tenant.tenantId() + "/credentials/" + revoked.get("id"), tenant.token());
        assertThat(fliplet("/v1/communicate/email", body).status()).isEqualTo(401);
    }

    @Test
    void badRequestsAreRefusedInFlipletsShapeAndStoreNothing() {
        assertBadRequest(fliplet("/v1/communicate/email", "{\"to\": [}"), "The body is not valid JSON");
        assertBadRequest(fliplet("/v1/communicate/email", "{\"subject\":\"no recipients\",\"html\":\"x\"}"),
                "'to' needs at least one recipient");
        assertBadRequest(fliplet("/v1/communicate/email", "{\"to\":[{\"email\":\"not an address\"}],\"html\":\"x\"}"),
                "'not an address' is not a valid email address");
        assertBadRequest(fliplet("/v1/communicate/email",
                        "{\"to\":[{\"email\":\"a@example.com\"}],\"html\":\"x\",\"headers\":{\"X-Evil\":\"a\\r\\nBcc: b@example.com\"}}"),
                "must not contain CR or LF");
        assertBadRequest(fliplet("/v1/communicate/email", "{\"to\":[{\"email\":\"a@example.com\"}],\"html\":\"x\","
                + "\"attachments\":[{\"name\":\"a.bin\",\"content\":\"zz\",\"encoding\":\"hex\"}]}"), "not valid hex");
        assertBadRequest(fliplet("/v1/communicate/email", "{\"to\":[{\"email\":\"a@example.com\"}],\"html\":\"x\","
                + "\"attachments\":[{\"name\":\"a.bin\",\"content\":\"abc\",\"encoding\":\"rot13\"}]}"), "'rot13' is not an encoding");
        assertBadRequest(fliplet("/v1/communicate/email", "{\"data\":{\"message\":\"m\"},\"scope\":{\"Email\":{\"$where\":\"1\"}}}"),
                "'$where' is not allowed");
        assertBadRequest(fliplet("/v1/communicate/sms", "{\"provider\":\"nexmo\",\"data\":{\"to\":\"+14155550100\",\"body\":\"b\"}}"),
                "supported providers: twilio");
        assertBadRequest(fliplet("/v1/communicate/sms", "{\"provider\":\"twilio\",\"data\":{\"to\":\"0111111111\",\"body\":\"b\"}}"),
                "E.164");

        assertThat(client.get("/api/v1/tenants/" + tenant.tenantId() + "/messages", tenant.token()).jsonList("messages"))
                .as("nothing was stored").isEmpty();
    }

    @Test
    void aBatchAcceptsEveryGoodItemAndReportsEachBadOne() throws Exception {
        GatewayClient.Response mixed = fliplet("/v1/communicate/sms/batch", """
                {"sms":[{"provider":"twilio","data":{"to":"+14155550100","body":"good"}},
                        {"provider":"carrier-pigeon","data":{"to":"+14155550101","body":"bad"}}]}""");
        assertThat(mixed.status()).isEqualTo(200);
        assertThat(mixed.json()).containsEntry("accepted", 1).containsEntry("rejected", 1);
        assertThat(mixed.jsonList("results")).extracting(field("error")).containsExactly((Object) null,
                "The provider 'carrier-pigeon' is not supported; supported providers: twilio");

        GatewayClient.Response allBad = fliplet("/v1/communicate/email/batch", "{\"emails\":[{\"html\":\"x\"}]}");
        assertThat(allBad.status()).isEqualTo(400);
        assertThat(allBad.json()).containsEntry("error", "bad request").containsEntry("message", "None of the 1 items was accepted.");
        awaitCaptured(1);
        assertThat(captured("sms")).extracting(sms -> sms.get("to")).containsExactly("+14155550100");
    }

    private GatewayClient.Response fliplet(String path, String body) {
        return client.send(withAuthToken(path, body, token));
    }

    private java.net.http.HttpRequest.Builder withAuthToken(String path, String body, String authToken) {
        return client.request(path, null).header("Auth-token", authToken).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body));
    }

    /** Waits until the worker has captured this many deliveries of the tenant, on any channel. */
    private void awaitCaptured(int deliveries) throws InterruptedException {
        waitFor(() -> client.get("/api/v1/tenants/" + tenant.tenantId() + "/captured", tenant.token()).jsonList("captured")
                .size() == deliveries);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> captured(String channel) {
        return client.get("/api/v1/tenants/" + tenant.tenantId() + "/captured?channel=" + channel, tenant.token())
                .jsonList("captured").stream().map(entry -> (Map<String, Object>) entry).toList();
    }

    private static void assertBadRequest(GatewayClient.Response response, String messagePart) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json()).containsEntry("error", "bad request");
        assertThat((String) response.json().get("message")).contains(messagePart);
    }

    private static String example(String name) {
        try (InputStream in = FlipletApiTest.class.getResourceAsStream("/fliplet-examples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
