package switchboard.bootstrap.e2e;

import com.standardwebhooks.Webhook;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import switchboard.adapter.out.provider.stub.ProviderStub;
import switchboard.adapter.out.provider.stub.ProviderStub.Exchange;
import switchboard.adapter.out.provider.stub.ProviderStub.Reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static switchboard.application.memory.Eventually.waitFor;

/**
 * Delivery events through the whole gateway: each API's sends, the dispatcher's outcomes and
 * Twilio's status callbacks make events that a receiver on loopback gets over real HTTP, checking
 * each signature with the standardwebhooks library. SMS go to a local server speaking Twilio's
 * API; email, with no SMTP server set up, is captured.
 */
@MicronautTest(transactional = false)
class DeliveryEventsTest extends GatewayTest {

    private static final String TWILIO_SID = "AC0123456789abcdef0123456789abcdef";
    private static final String TWILIO_TOKEN = "gateway-auth-token";
    private static final String MESSAGE_SID = "SM00000000000000000000000000000001";

    private final ProviderStub twilio = ProviderStub.start();
    private final ProviderStub receiver = ProviderStub.start();
    private final int port = TwilioCallbacks.freePort();

    @Override
    protected Map<String, String> extraProperties() {
        return Map.ofEntries(
                Map.entry("micronaut.server.port", Integer.toString(port)),
                Map.entry("switchboard.twilio.enabled", "true"),
                Map.entry("switchboard.twilio.base-url", twilio.baseUri().toString()),
                Map.entry("switchboard.twilio.account-sid", TWILIO_SID),
                Map.entry("switchboard.twilio.auth-token", TWILIO_TOKEN),
                Map.entry("switchboard.twilio.from", "+14155550199"),
                Map.entry("switchboard.twilio.status-callback-base-url", "http://127.0.0.1:" + port),
                Map.entry("switchboard.webhook.allow-loopback", "true"),
                Map.entry("switchboard.events.idle-poll", "20ms"),
                Map.entry("switchboard.events.first-retry", "100ms"),
                Map.entry("switchboard.events.longest-retry", "200ms"));
    }

    @BeforeEach
    void answer() {
        twilio.clear();
        twilio.answer(exchange -> Reply.json(201, "{\"sid\":\"" + MESSAGE_SID + "\",\"status\":\"queued\",\"num_segments\":\"1\"}"));
        receiver.clear();
        receiver.answer(exchange -> Reply.json(204, ""));
    }

    @AfterAll
    void stopServers() {
        twilio.close();
        receiver.close();
    }

    @Test
    void eachApisSendMakesItsEventsSignedAndInOrder() throws Exception {
        TenantAdmin tenant = newTenantWithAdmin("Events of every API");
        Map<String, Object> endpoint = register(tenant, "/events/apis", null);
        String secret = (String) endpoint.get("secret");

        accepted(fliplet(tenant, "/v1/communicate/email", """
                {"to":[{"email":"ann@example.com","type":"to"}],"subject":"Hi","html":"<p>Hello</p>"}"""));
        accepted(client.send(client.request("/v2/communications/sendMessage?channel=sms", null)
                .header("Authorization", capillaryBasic(capillaryUser(tenant), "capillary password"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"sms\": [{\"to\": \"919591471711\", \"body\": \"Your code is 1234\"}]}"))));
        accepted(client.post("/send/sms", """
                {"content":"Hello World","cell":"+27821234567","country":"ZA","deliveryMethod":"standard","skipNonContacts":false,"campaign_id":"123"}""", dripcelKey(tenant)));
        accepted(client.post("/api/v1/communications/send", """
                {"subject":"Maintenance","body":"Tonight.","channels":["Sms"],"phoneNumber":"+97455555555"}""", tenant.token()));

        List<Map<String, Object>> events = received("/events/apis", secret, 8);

        assertThat(events).extracting(event -> object(event.get("data")).get("api") + " " + event.get("type"))
                .containsExactlyInAnyOrder("fliplet message.accepted", "fliplet delivery.captured",
                        "capillary message.accepted", "capillary delivery.sent", "dripcel message.accepted", "dripcel delivery.sent",
                        "admin message.accepted", "admin delivery.sent");
        for (String api : List.of("fliplet", "capillary", "dripcel", "admin")) {
            List<Map<String, Object>> ofApi = events.stream().filter(event -> api.equals(object(event.get("data")).get("api")))
                    .toList();
            assertThat(ofApi.get(0).get("type")).as("%s: the message's acceptance comes first", api).isEqualTo("message.accepted");
            assertThat(object(ofApi.get(1).get("data")).get("messageId")).isEqualTo(object(ofApi.get(0).get("data")).get("messageId"));
        }
        Map<String, Object> dripcelSent = data(events, "dripcel", "delivery.sent");
        assertThat(dripcelSent).containsEntry("channel", "sms").containsEntry("recipient", "+27821234567")
                .containsEntry("campaign", "123").containsEntry("provider", "twilio").containsEntry("providerId", MESSAGE_SID)
                .containsEntry("status", "sent").containsEntry("attempt", 1).containsKey("deliveryId");
        assertThat(data(events, "fliplet", "delivery.captured")).containsEntry("channel", "email")
                .containsEntry("recipient", "ann@example.com").containsEntry("status", "captured");
        assertThat(data(events, "fliplet", "message.accepted")).containsEntry("status", "accepted")
                .doesNotContainKeys("deliveryId", "recipient", "channel");
        assertThat(receiver.exchanges()).allSatisfy(exchange ->
                assertThat(exchange.header("webhook-id")).isEqualTo(object(json(exchange.bodyText()).get("data")).get("eventId")));
    }

    @Test
    void aTwilioStatusCallbackMakesTheDeliveredEventAfterTheSentOne() throws Exception {
        TenantAdmin tenant = newTenantWithAdmin("Events of a callback");
        String secret = (String) register(tenant, "/events/callbacks", null).get("secret");
        client.post("/api/v1/communications/send", """
                {"subject":"Code","body":"1234","channels":["Sms"],"phoneNumber":"+97455555556"}""", tenant.token());
        String deliveryId = (String) data(received("/events/callbacks", secret, 2), "admin", "delivery.sent").get("deliveryId");
        String callback = "/callbacks/twilio/" + deliveryId;
        Map<String, String> delivered = Map.of("MessageSid", MESSAGE_SID, "MessageStatus", "delivered", "AccountSid", TWILIO_SID);
        TwilioCallbacks callbacks = new TwilioCallbacks(client, "http://127.0.0.1:" + port);

        assertThat(callbacks.post(callback, delivered, callbacks.signature(TWILIO_TOKEN, callback, delivered)).status())
                .isEqualTo(204);

        List<Map<String, Object>> events = received("/events/callbacks", secret, 3);
        assertThat(events).extracting(event -> event.get("type"))
                .containsExactly("message.accepted", "delivery.sent", "delivery.delivered");
        assertThat(object(events.get(2).get("data"))).containsEntry("deliveryId", deliveryId).containsEntry("status", "delivered")
                .containsEntry("provider", "twilio").containsEntry("providerId", MESSAGE_SID);
    }

    @Test
    void aReceiverThatFailsForAWhileGetsEveryEventAfterwardsInOrder() throws Exception {
        TenantAdmin tenant = newTenantWithAdmin("Events to a flaky receiver");
        Map<String, Object> endpoint = register(tenant, "/events/flaky", null);
        AtomicInteger posts = new AtomicInteger();
        receiver.answer(exchange -> posts.incrementAndGet() <= 3 ? Reply.json(503, "{\"error\":\"deploying\"}") : Reply.json(200, "{}"));

        for (int i = 1; i <= 3; i++) {
            sendCapturedEmail(tenant, "user" + i + "@example.com");
        }

        List<Map<String, Object>> taken = received("/events/flaky", (String) endpoint.get("secret"), 6, 3);
        assertThat(taken).extracting(event -> event.get("type")).filteredOn("message.accepted"::equals).hasSize(3);
        for (Map<String, Object> captured : taken.stream().filter(event -> event.get("type").equals("delivery.captured")).toList()) {
            Object messageId = object(captured.get("data")).get("messageId");
            assertThat(taken.indexOf(captured)).as("captured after its message's acceptance")
                    .isGreaterThan(indexOf(taken, "message.accepted", messageId));
        }
        String path = "/api/v1/tenants/" + tenant.tenantId() + "/event-endpoints/" + endpoint.get("id");
        waitFor(() -> ((Number) client.get(path, tenant.token()).json().get("waiting")).intValue() == 0);
        List<Object> attempts = client.get(path + "/attempts", tenant.token()).jsonList("attempts");
        assertThat(attempts).hasSize(9);
        assertThat(attempts.stream().map(GatewayTest::object).filter(attempt -> attempt.get("delivered").equals(false)))
                .hasSize(3).allSatisfy(failed -> assertThat(failed).containsEntry("status", 503)
                        .hasEntrySatisfying("detail", detail -> assertThat((String) detail).contains("deploying")));
        assertThat(client.get(path, tenant.token()).json()).doesNotContainKey("failingSince").containsEntry("state", "active");
    }

    @Test
    void aPausedEndpointGetsItsEventsOnceResumedAndAReplayPostsThemAgain() throws Exception {
        TenantAdmin tenant = newTenantWithAdmin("Events paused and replayed");
        Map<String, Object> endpoint = register(tenant, "/events/paused", null);
        String path = "/api/v1/tenants/" + tenant.tenantId() + "/event-endpoints/" + endpoint.get("id");
        assertThat(client.post(path + "/pause", "", tenant.token()).json()).containsEntry("state", "paused");

        sendCapturedEmail(tenant, "paused@example.com");
        waitFor(() -> ((Number) client.get(path, tenant.token()).json().get("waiting")).intValue() == 2);
        Thread.sleep(200);
        assertThat(receiver.exchanges()).as("nothing is posted to a paused endpoint").isEmpty();

        assertThat(client.post(path + "/resume", "", tenant.token()).json()).containsEntry("state", "active");
        List<Map<String, Object>> first = received("/events/paused", (String) endpoint.get("secret"), 2);
        Object messageId = object(first.get(0).get("data")).get("messageId");

        GatewayClient.Response replay = client.post(path + "/replay", "{\"messageId\":\"" + messageId + "\"}", tenant.token());
        assertThat(replay.status()).isEqualTo(202);
        assertThat(replay.json()).containsEntry("queued", 2);
        List<Map<String, Object>> all = received("/events/paused", (String) endpoint.get("secret"), 4);
        assertThat(all.subList(2, 4)).as("the same events, with the same ids").isEqualTo(first);
    }

    @Test
    void anEndpointGetsOnlyTheEventsItWantsAndOnlyItsTenantsMaskedIfItAsks() throws Exception {
        TenantAdmin tenant = newTenantWithAdmin("Events chosen");
        TenantAdmin other = newTenantWithAdmin("Events of another");
        String secret = (String) register(tenant, "/events/chosen",
                "\"events\":[\"delivery.captured\"],\"maskRecipients\":true").get("secret");
        register(other, "/events/other", null);

        sendCapturedEmail(tenant, "chosen@example.com");

        assertThat(received("/events/chosen", secret, 1)).singleElement().satisfies(event -> {
            assertThat(event.get("type")).isEqualTo("delivery.captured");
            assertThat(object(event.get("data")).get("recipient")).as("masked").isEqualTo("c***@example.com");
        });
        Thread.sleep(200);
        assertThat(receiver.exchanges()).extracting(Exchange::path).containsOnly("/events/chosen");
    }

    @Test
    void afterARotationBothSecretsSignUntilTheOverlapEnds() throws Exception {
        TenantAdmin tenant = newTenantWithAdmin("Events rotated");
        Map<String, Object> endpoint = register(tenant, "/events/rotated", "\"events\":[\"message.accepted\"]");
        String previous = (String) endpoint.get("secret");
        GatewayClient.Response rotated = client.post("/api/v1/tenants/" + tenant.tenantId() + "/event-endpoints/"
                + endpoint.get("id") + "/secret", "", tenant.token());
        String current = (String) rotated.json().get("secret");
        assertThat(current).startsWith("whsec_").isNotEqualTo(previous);

        sendCapturedEmail(tenant, "rotated@example.com");

        received("/events/rotated", current, 1);
        Exchange posted = receiver.exchanges().get(0);
        new Webhook(previous).verify(posted.bodyText(), posted.headers());
        assertThatThrownBy(() -> new Webhook("whsec_" + "A".repeat(43) + "=").verify(posted.bodyText(), posted.headers()))
                .as("a third secret does not verify");
        assertThat(client.get("/api/v1/tenants/" + tenant.tenantId() + "/event-endpoints/" + endpoint.get("id"), tenant.token())
                .body()).doesNotContain(current).doesNotContain(previous);
    }

    @Test
    void anEndpointOnAPrivateAddressIsNeverPostedToAndItsLogSaysWhy() throws Exception {
        TenantAdmin tenant = newTenantWithAdmin("Events to a private address");
        GatewayClient.Response created = client.post("/api/v1/tenants/" + tenant.tenantId() + "/event-endpoints",
                "{\"url\":\"http://10.0.0.1/events\"}", tenant.token());
        String path = "/api/v1/tenants/" + tenant.tenantId() + "/event-endpoints/" + created.json().get("id");

        sendCapturedEmail(tenant, "private@example.com");

        waitFor(() -> !client.get(path + "/attempts", tenant.token()).jsonList("attempts").isEmpty());
        assertThat(object(client.get(path + "/attempts", tenant.token()).jsonList("attempts").get(0)))
                .containsEntry("delivered", false).doesNotContainKey("status")
                .hasEntrySatisfying("detail", detail -> assertThat((String) detail).contains("10.0.0.1 is a private address"));
        assertThat(client.get(path, tenant.token()).json()).containsKey("failingSince");
    }

    /** Registers the receiver's {@code path} as an endpoint, with more of its settings, as JSON fields, if any. */
    private Map<String, Object> register(TenantAdmin tenant, String path, String settings) {
        GatewayClient.Response created = client.post("/api/v1/tenants/" + tenant.tenantId() + "/event-endpoints",
                "{\"url\":\"" + receiver.baseUri() + path + "\"" + (settings == null ? "" : "," + settings)
                        + ",\"description\":\"test receiver\"}", tenant.token());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    /** The first {@code count} events the receiver took at {@code path}, each signature checked. */
    private List<Map<String, Object>> received(String path, String secret, int count) throws Exception {
        return received(path, secret, count, 0);
    }

    /** As {@link #received(String, String, int)}, after {@code refused} posts the receiver did not take. */
    private List<Map<String, Object>> received(String path, String secret, int count, int refused) throws Exception {
        waitFor(() -> receiver.exchanges().stream().filter(exchange -> exchange.path().equals(path)).count() >= count + refused);
        List<Exchange> posts = receiver.exchanges().stream().filter(exchange -> exchange.path().equals(path)).toList();
        List<Map<String, Object>> events = new ArrayList<>();
        for (Exchange post : posts.subList(refused, count + refused)) {
            new Webhook(secret).verify(post.bodyText(), post.headers());
            events.add(json(post.bodyText()));
        }
        return events;
    }

    private static Map<String, Object> data(List<Map<String, Object>> events, String api, String type) {
        return events.stream().map(event -> type.equals(event.get("type")) ? object(event.get("data")) : null)
                .filter(data -> data != null && api.equals(data.get("api"))).findFirst().orElseThrow();
    }

    private static int indexOf(List<Map<String, Object>> events, String type, Object messageId) {
        for (int i = 0; i < events.size(); i++) {
            if (type.equals(events.get(i).get("type")) && messageId.equals(object(events.get(i).get("data")).get("messageId"))) {
                return i;
            }
        }
        throw new AssertionError("no " + type + " for " + messageId);
    }

    private void sendCapturedEmail(TenantAdmin tenant, String to) {
        accepted(client.post("/api/v1/communications/send", """
                {"subject":"Hi","body":"Hello.","channels":["Email"],"emailAddress":"%s"}""".formatted(to), tenant.token()));
    }

    private static void accepted(GatewayClient.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    private GatewayClient.Response fliplet(TenantAdmin tenant, String path, String body) {
        String token = (String) credential(tenant, "{\"type\":\"fliplet-token\"}").get("token");
        return client.send(client.request(path, null).header("Auth-token", token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private String capillaryUser(TenantAdmin tenant) {
        String username = "cap-" + tenant.tenantId();
        credential(tenant, "{\"type\":\"capillary-basic\",\"username\":\"" + username + "\",\"password\":\"capillary password\"}");
        return username;
    }

    private String dripcelKey(TenantAdmin tenant) {
        return (String) credential(tenant, "{\"type\":\"dripcel-api-key\",\"permissions\":[\"sendLog.create\"]}").get("apiKey");
    }
}
