package switchboard.bootstrap.e2e;

import com.standardwebhooks.Webhook;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterAll;
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

    private final ProviderStub receiver = ProviderStub.start().answer(exchange -> Reply.json(200, "{\"ok\":true}"));

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of(
                "switchboard.webhook.enabled", "true",
                "switchboard.webhook.allow-loopback", "true",
                "switchboard.webhook.signing-secret", SECRET);
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
    void aWebhookToAPrivateAddressIsRefusedAndNeverPosted() {
        receiver.clear();

        GatewayClient.Response response = client.post("/api/v1/communications/send", """
                {"subject":"s","body":"b","channels":["Webhook"],"webhookUrl":"http://10.0.0.1/hooks"}""",
                platformAdminToken());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json()).containsEntry("errors", List.of("Webhook: the webhook URL is refused:"
                + " 10.0.0.1 is a private address (10.0.0.0/8); webhooks are only posted to public addresses"));
        assertThat(receiver.exchanges()).isEmpty();
    }
}
