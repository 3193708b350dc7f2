package switchboard.bootstrap.e2e;

import com.standardwebhooks.Webhook;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import switchboard.adapter.out.provider.stub.ProviderStub;
import switchboard.adapter.out.provider.stub.ProviderStub.Exchange;
import switchboard.adapter.out.provider.stub.ProviderStub.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Webhooks through the whole gateway (Admin send, outbox, worker, webhook sender) to a receiver
 * on loopback that checks the Standard Webhooks signature with the standardwebhooks library.
 */
@MicronautTest(transactional = false)
class WebhookDeliveryTest extends GatewayTest {

    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    private final ProviderStub receiver = ProviderStub.start();

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of(
                "switchboard.webhook.enabled", "true",
                "switchboard.webhook.allow-loopback", "true",
                "switchboard.webhook.signing-secret", SECRET);
    }

    @BeforeEach
    void answerOk() {
        receiver.clear();
        receiver.answer(exchange -> Reply.json(200, "{\"ok\":true}"));
    }

    @AfterAll
    void stopReceiver() {
        receiver.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAdminSendPostsASignedWebhookAndItsDeliveryIsSent() throws Exception {
        String url = receiver.baseUri() + "/hooks/deploys";

        GatewayClient.Response response = client.post("/api/v1/communications/send", """
                {"subject":"Deploy finished","body":"Build 42 is live.","channels":["Webhook"],"webhookUrl":"%s"}"""
                .formatted(url), platformAdminToken());

        assertThat(response.json()).isEqualTo(json("{\"results\":[{\"channel\":\"Webhook\",\"success\":true,\"error\":null}]}"));
        assertThat(receiver.exchanges()).hasSize(1);
        Exchange received = receiver.exchanges().get(0);
        assertThat(received.method()).isEqualTo("POST");
        assertThat(received.path()).isEqualTo("/hooks/deploys");
        new Webhook(SECRET).verify(received.bodyText(), received.headers());
        Map<String, Object> payload = json(received.bodyText());
        assertThat(payload).containsEntry("type", "message").containsEntry("id", received.header("webhook-id"))
                .containsEntry("tenantId", "default").containsEntry("subject", "Deploy finished")
                .containsEntry("text", "Build 42 is live.").doesNotContainKey("html");

        Map<String, Object> message = client.get("/api/v1/tenants/default/messages/" + payload.get("messageId"),
                platformAdminToken()).json();
        assertThat(message.get("deliveries")).asInstanceOf(InstanceOfAssertFactories.LIST).singleElement()
                .satisfies(delivery -> assertThat((Map<Object, Object>) delivery).containsEntry("id", received.header("webhook-id"))
                        .containsEntry("channel", "WEBHOOK").containsEntry("to", url).containsEntry("status", "SENT")
                        .containsEntry("attempts", 1).doesNotContainKey("providerRef"));
        assertThat(client.get("/api/v1/tenants/default/captured", platformAdminToken()).jsonList("captured"))
                .as("sent, not captured").isEmpty();
    }

    @Test
    void aTenantsOwnSigningSecretSignsItsWebhooks() throws Exception {
        TenantAdmin acme = newTenantWithAdmin("Own Secret");
        String tenantSecret = "whsec_AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
        assertThat(client.put("/api/v1/tenants/" + acme.tenantId() + "/providers/webhook",
                "{\"primary\":{\"secrets\":{\"signingSecret\":\"" + tenantSecret + "\"}}}", acme.token()).status())
                .isEqualTo(200);

        GatewayClient.Response response = client.post("/api/v1/communications/send", """
                {"subject":"s","body":"b","channels":["Webhook"],"webhookUrl":"%s/hooks/acme"}""".formatted(receiver.baseUri()),
                acme.token());

        assertThat(response.json()).isEqualTo(json("{\"results\":[{\"channel\":\"Webhook\",\"success\":true,\"error\":null}]}"));
        Exchange received = receiver.exchanges().get(0);
        new Webhook(tenantSecret).verify(received.bodyText(), received.headers());
        assertThat(json(received.bodyText())).containsEntry("tenantId", acme.tenantId());
    }

    @Test
    void anEndpointThatIsGoneFailsItsDeliveryAndIsSuppressed() {
        TenantAdmin acme = newTenantWithAdmin("Gone Endpoint");
        String url = receiver.baseUri() + "/hooks/deleted";
        receiver.answer(exchange -> exchange.path().equals("/hooks/deleted") ? Reply.json(410, "{\"error\":\"gone\"}")
                : Reply.json(200, "{\"ok\":true}"));
        String send = """
                {"subject":"s","body":"b","channels":["Webhook"],"webhookUrl":"%s"}""".formatted(url);

        GatewayClient.Response first = client.post("/api/v1/communications/send", send, acme.token());
        GatewayClient.Response second = client.post("/api/v1/communications/send", send, acme.token());

        assertThat(first.json()).containsEntry("errors",
                List.of("Webhook: HTTP 410: {\"error\":\"gone\"} (the endpoint is gone)"));
        assertThat(client.get("/api/v1/tenants/" + acme.tenantId() + "/suppressions", acme.token()).jsonList("suppressions"))
                .singleElement().satisfies(suppressed -> assertThat(((Map<?, ?>) suppressed).get("address")).isEqualTo(url));
        assertThat(second.status()).isEqualTo(400);
        assertThat(receiver.exchanges()).filteredOn(exchange -> exchange.path().equals("/hooks/deleted"))
                .as("a suppressed URL is not posted to again").hasSize(1);
    }

    @Test
    void aWebhookToAPrivateAddressIsRefusedAndNeverPosted() {
        GatewayClient.Response response = client.post("/api/v1/communications/send", """
                {"subject":"s","body":"b","channels":["Webhook"],"webhookUrl":"http://10.0.0.1/hooks"}""",
                platformAdminToken());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json()).containsEntry("errors", List.of("Webhook: the webhook URL is refused:"
                + " 10.0.0.1 is a private address (10.0.0.0/8); webhooks are only posted to public addresses"));
        assertThat(receiver.exchanges()).isEmpty();
    }
}
