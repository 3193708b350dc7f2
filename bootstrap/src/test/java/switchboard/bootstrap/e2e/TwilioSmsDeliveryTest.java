package switchboard.bootstrap.e2e;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import switchboard.adapter.out.provider.stub.ProviderStub.Reply;
import switchboard.adapter.out.provider.stub.ProviderStub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static switchboard.application.memory.Eventually.waitFor;

/**
 * SMS through the whole gateway (dialect, outbox, worker, Twilio adapter) to a stub speaking
 * Twilio's Messages API: with the caller's own account when a Fliplet request brings one, with
 * the gateway's account otherwise, and each delivery SENT with Twilio's message SID; then
 * Twilio's signed status callbacks moving the deliveries on, and an opted-out number suppressed.
 */
@MicronautTest(transactional = false)
class TwilioSmsDeliveryTest extends GatewayTest {

    private static final String GATEWAY_SID = "AC0123456789abcdef0123456789abcdef";
    private static final String GATEWAY_TOKEN = "gateway-auth-token";
    private static final String CALLER_SID = "AC81caaa94b3b84bb7ba9c3cd96bcb152a";
    private static final String CALLER_TOKEN = "s3cr3t-t0ken";
    private static final String GATEWAY_MESSAGE_SID = "SM00000000000000000000000000000001";
    private static final String CALLER_MESSAGE_SID = "SM00000000000000000000000000000002";

    private final ProviderStub twilio = ProviderStub.start();
    private final int port = TwilioCallbacks.freePort();

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of(
                "micronaut.server.port", Integer.toString(port),
                "switchboard.twilio.enabled", "true",
                "switchboard.twilio.base-url", twilio.baseUri().toString(),
                "switchboard.twilio.account-sid", GATEWAY_SID,
                "switchboard.twilio.auth-token", GATEWAY_TOKEN,
                "switchboard.twilio.from", "+14155550199",
                "switchboard.twilio.status-callback-base-url", publicUrl());
    }

    @BeforeEach
    void twilioAcceptsEveryMessage() {
        twilio.clear();
        twilio.answer(exchange -> Reply.json(201, "{\"sid\":\"" + (exchange.path().contains(CALLER_SID) ? CALLER_MESSAGE_SID
                : GATEWAY_MESSAGE_SID) + "\",\"status\":\"queued\",\"num_segments\":\"1\"}"));
    }

    @AfterAll
    void stopTwilio() {
        twilio.close();
    }

    @Test
    void aFlipletSmsWithTheCallersCredentialsIsSentWithTheCallersAccount() throws Exception {
        TenantAdmin tenant = newTenantWithAdmin("Fliplet SMS");
        String flipletToken = (String) credential(tenant, "{\"type\":\"fliplet-token\"}").get("token");
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(log);
        Map<?, ?> delivery;
        try {
            GatewayClient.Response accepted = client.send(client.request("/v1/communicate/sms", null)
                    .header("Auth-token", flipletToken).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"provider":"twilio","data":{"from":"+14155550123","to":"+14155550100","body":"Your code is 1234"},
                             "options":{"twilio_sid":"AC81caaa94b3b84bb7ba9c3cd96bcb152a","twilio_auth_token":"s3cr3t-t0ken"}}""")));
            assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
            delivery = sentDelivery(tenant, (String) accepted.json().get("messageId"));
        } finally {
            root.detachAppender(log);
        }

        assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage)
                .noneMatch(line -> line.contains(CALLER_TOKEN) || line.contains(basic(CALLER_SID, CALLER_TOKEN).substring(6)));
        assertThat(delivery.get("providerRef")).isEqualTo(CALLER_MESSAGE_SID);
        assertThat(twilio.exchanges()).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.path()).isEqualTo("/2010-04-01/Accounts/" + CALLER_SID + "/Messages.json");
            assertThat(request.header("Authorization")).isEqualTo(basic(CALLER_SID, CALLER_TOKEN));
            assertThat(request.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
            assertThat(request.bodyText()).isEqualTo("To=%2B14155550100&From=%2B14155550123&Body=Your+code+is+1234"
                    + "&StatusCallback=" + encodedCallback(delivery.get("id")));
        });
    }

    @Test
    void anAdminSmsIsSentWithTheGatewaysAccountFromItsNumber() throws Exception {
        TenantAdmin tenant = newTenantWithAdmin("Admin SMS");

        GatewayClient.Response response = client.post("/api/v1/communications/send", """
                {"subject":"Maintenance","body":"Tonight at 22:00 UTC.","channels":["Sms"],"phoneNumber":"+97455555555"}""",
                tenant.token());
        assertThat(response.json()).isEqualTo(json("{\"results\":[{\"channel\":\"Sms\",\"success\":true,\"error\":null}]}"));

        String messageId = (String) ((Map<?, ?>) client.get("/api/v1/tenants/" + tenant.tenantId() + "/messages", tenant.token())
                .jsonList("messages").get(0)).get("id");
        Map<?, ?> delivery = sentDelivery(tenant, messageId);
        assertThat(delivery.get("providerRef")).isEqualTo(GATEWAY_MESSAGE_SID);
        assertThat(twilio.exchanges()).singleElement().satisfies(request -> {
            assertThat(request.path()).isEqualTo("/2010-04-01/Accounts/" + GATEWAY_SID + "/Messages.json");
            assertThat(request.header("Authorization")).isEqualTo(basic(GATEWAY_SID, GATEWAY_TOKEN));
            assertThat(request.bodyText()).isEqualTo("To=%2B97455555555&From=%2B14155550199&Body=Tonight+at+22%3A00+UTC."
                    + "&StatusCallback=" + encodedCallback(delivery.get("id")));
        });
        assertThat(client.get("/api/v1/tenants/" + tenant.tenantId() + "/captured", tenant.token()).jsonList("captured"))
                .as("sent, not captured").isEmpty();
    }

    @Test
    void signedStatusCallbacksMoveTheDeliveryForwardAndNeverBack() throws Exception {
        TenantAdmin tenant = newTenantWithAdmin("Callbacks");
        Map<?, ?> delivery = sentDelivery(tenant, sendAdminSms(tenant, "+97455555555"));
        String callback = "/callbacks/twilio/" + delivery.get("id");
        Map<String, String> delivered = Map.of("MessageSid", GATEWAY_MESSAGE_SID, "MessageStatus", "delivered",
                "AccountSid", GATEWAY_SID, "To", "+97455555555", "From", "+14155550199", "ApiVersion", "2010-04-01");

        assertThat(callbacks().post(callback, delivered, "forged" + callbacks().signature(GATEWAY_TOKEN, callback, delivered)).status())
                .isEqualTo(403);
        assertThat(callbacks().post(callback, delivered, null).status()).isEqualTo(403);
        assertThat(deliveryOf(tenant, delivery).get("status")).isEqualTo("SENT");

        assertThat(callbacks().post(callback, delivered, callbacks().signature(GATEWAY_TOKEN, callback, delivered)).status())
                .isEqualTo(204);
        assertThat(deliveryOf(tenant, delivery).get("status")).isEqualTo("DELIVERED");

        Map<String, String> lateSent = Map.of("MessageSid", GATEWAY_MESSAGE_SID, "MessageStatus", "sent",
                "AccountSid", GATEWAY_SID);
        assertThat(callbacks().post(callback, lateSent, callbacks().signature(GATEWAY_TOKEN, callback, lateSent)).status())
                .isEqualTo(204);
        assertThat(deliveryOf(tenant, delivery).get("status")).as("a late sent changes nothing").isEqualTo("DELIVERED");
        List<?> history = (List<?>) deliveryOf(tenant, delivery).get("history");
        assertThat(history).as("the attempt, then the report that moved the delivery on; the late one adds nothing")
                .extracting(field("kind"), field("outcome"), field("provider"), field("providerRef"))
                .containsExactly(tuple("ATTEMPT", "SENT", "twilio", GATEWAY_MESSAGE_SID),
                        tuple("REPORT", "DELIVERED", "twilio", GATEWAY_MESSAGE_SID));
        assertThat(object(history.get(0))).containsEntry("account", "GATEWAY");
    }

    @Test
    void anUndeliveredCallbackFailsTheDeliveryWithTwiliosErrorCode() throws Exception {
        TenantAdmin tenant = newTenantWithAdmin("Undelivered");
        Map<?, ?> delivery = sentDelivery(tenant, sendAdminSms(tenant, "+97455555556"));
        String callback = "/callbacks/twilio/" + delivery.get("id");
        Map<String, String> undelivered = Map.of("MessageSid", GATEWAY_MESSAGE_SID, "MessageStatus", "undelivered",
                "ErrorCode", "30003", "AccountSid", GATEWAY_SID);

        assertThat(callbacks().post(callback, undelivered, callbacks().signature(GATEWAY_TOKEN, callback, undelivered)).status())
                .isEqualTo(204);

        Map<?, ?> failed = deliveryOf(tenant, delivery);
        assertThat(failed.get("status")).isEqualTo("FAILED");
        assertThat((String) failed.get("lastError")).contains("30003");
        assertThat(object(((List<?>) failed.get("history")).get(1))).containsEntry("kind", "REPORT")
                .containsEntry("outcome", "UNDELIVERED").containsEntry("error", failed.get("lastError"));
    }

    @Test
    void aCallbackOnAnUnknownDeliveryIsTakenAndDropped() {
        String callback = "/callbacks/twilio/" + UUID.randomUUID();
        Map<String, String> delivered = Map.of("MessageSid", "SM0000000000000000000000000000dead", "MessageStatus",
                "delivered", "AccountSid", GATEWAY_SID);

        assertThat(callbacks().post(callback, delivered, callbacks().signature(GATEWAY_TOKEN, callback, delivered)).status())
                .isEqualTo(204);
        assertThat(callbacks().post(callback, delivered, callbacks().signature("someone else's token", callback, delivered)).status())
                .isEqualTo(403);
    }

    @Test
    void aNumberThatOptedOutIsSuppressedAndNotTextedAgain() throws Exception {
        TenantAdmin tenant = newTenantWithAdmin("Opted out");
        twilio.answer(exchange -> Reply.json(400, "{\"code\":21610,\"message\":\"Attempt to send to unsubscribed recipient\","
                + "\"more_info\":\"https://www.twilio.com/docs/errors/21610\",\"status\":400}"));

        GatewayClient.Response first = client.post("/api/v1/communications/send", """
                {"subject":"Hi","body":"Hello","channels":["Sms"],"phoneNumber":"+97455555557"}""", tenant.token());
        assertThat(first.status()).isEqualTo(400);
        assertThat(first.json().get("errors")).isEqualTo(List.of("Sms: twilio 21610: Attempt to send to unsubscribed recipient"));
        assertThat(client.get("/api/v1/tenants/" + tenant.tenantId() + "/suppressions", tenant.token()).jsonList("suppressions"))
                .singleElement().satisfies(entry -> assertThat((Map<?, ?>) entry).extracting("channel", "address")
                        .containsExactly("SMS", "+97455555557"));

        twilio.clear();
        GatewayClient.Response again = client.post("/api/v1/communications/send", """
                {"subject":"Hi","body":"Hello","channels":["Sms"],"phoneNumber":"+97455555557"}""", tenant.token());
        assertThat(again.status()).as(again.body()).isEqualTo(400);
        assertThat(again.json().get("errors")).isEqualTo(List.of("Sms: the provider reported '+97455555557' gone; an admin can"
                + " lift the suppression"));
        assertThat(twilio.exchanges()).as("Twilio is not asked again").isEmpty();

        assertThat(client.delete("/api/v1/tenants/" + tenant.tenantId() + "/suppressions?channel=sms&address=%2B97455555557",
                tenant.token()).status()).isEqualTo(204);
        assertThat(client.get("/api/v1/tenants/" + tenant.tenantId() + "/suppressions", tenant.token()).jsonList("suppressions"))
                .isEmpty();
    }

    private String sendAdminSms(TenantAdmin tenant, String phone) {
        client.post("/api/v1/communications/send", """
                {"subject":"Maintenance","body":"Tonight at 22:00 UTC.","channels":["Sms"],"phoneNumber":"%s"}""".formatted(phone),
                tenant.token());
        return (String) ((Map<?, ?>) client.get("/api/v1/tenants/" + tenant.tenantId() + "/messages", tenant.token())
                .jsonList("messages").get(0)).get("id");
    }

    private Map<?, ?> deliveryOf(TenantAdmin tenant, Map<?, ?> delivery) {
        return (Map<?, ?>) client.get("/api/v1/tenants/" + tenant.tenantId() + "/messages/" + delivery.get("messageId"),
                tenant.token()).jsonList("deliveries").get(0);
    }

    /** The message's only delivery, once it is SENT. */
    private Map<?, ?> sentDelivery(TenantAdmin tenant, String messageId) throws InterruptedException {
        String path = "/api/v1/tenants/" + tenant.tenantId() + "/messages/" + messageId;
        waitFor(() -> "SENT".equals(((Map<?, ?>) client.get(path, tenant.token()).jsonList("deliveries").get(0)).get("status")));
        List<Object> deliveries = client.get(path, tenant.token()).jsonList("deliveries");
        assertThat(deliveries).hasSize(1);
        return (Map<?, ?>) deliveries.get(0);
    }

    private TwilioCallbacks callbacks() {
        return new TwilioCallbacks(client, publicUrl());
    }

    private String publicUrl() {
        return "http://127.0.0.1:" + port;
    }

    private String encodedCallback(Object deliveryId) {
        return (publicUrl() + "/callbacks/twilio/" + deliveryId).replace(":", "%3A").replace("/", "%2F");
    }

    private static String basic(String accountSid, String authToken) {
        return "Basic " + Base64.getEncoder().encodeToString((accountSid + ":" + authToken).getBytes(StandardCharsets.UTF_8));
    }
}
