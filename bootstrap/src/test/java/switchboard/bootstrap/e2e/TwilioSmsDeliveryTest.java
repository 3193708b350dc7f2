package switchboard.bootstrap.e2e;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import switchboard.adapter.out.provider.stub.ProviderStub;
import switchboard.adapter.out.provider.stub.ProviderStub.Reply;

import static org.assertj.core.api.Assertions.assertThat;
import static switchboard.application.memory.Eventually.waitFor;

/**
 * SMS through the whole gateway (dialect, outbox, worker, Twilio adapter) to a stub speaking
 * Twilio's Messages API: with the caller's own account when a Fliplet request brings one, with
 * the gateway's account otherwise, and each delivery SENT with Twilio's message SID.
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
    private final int port = freePort();

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

    /** The message's only delivery, once it is SENT. */
    private Map<?, ?> sentDelivery(TenantAdmin tenant, String messageId) throws InterruptedException {
        String path = "/api/v1/tenants/" + tenant.tenantId() + "/messages/" + messageId;
        waitFor(() -> "SENT".equals(((Map<?, ?>) client.get(path, tenant.token()).jsonList("deliveries").get(0)).get("status")));
        List<Object> deliveries = client.get(path, tenant.token()).jsonList("deliveries");
        assertThat(deliveries).hasSize(1);
        return (Map<?, ?>) deliveries.get(0);
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

    /** A port for the gateway chosen before it starts, since Twilio is told the gateway's URL. */
    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
