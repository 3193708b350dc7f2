package switchboard.bootstrap.e2e.console;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import switchboard.adapter.out.provider.stub.ProviderStub;
import switchboard.adapter.out.provider.stub.ProviderStub.Reply;
import switchboard.bootstrap.e2e.GatewayClient;

/**
 * A delivery with a history to show: a webhook endpoint that answers its first post with a 500 and
 * every later one with a 200, and a tenant whose webhook accounts fail over after one attempt, so
 * that the first attempt fails with the primary account and the second is sent with the fallback.
 */
final class RetriedWebhook implements AutoCloseable {

    /** The error the first attempt gets, with markup that a page must escape. */
    static final String FIRST_ERROR = "HTTP 500: {\"error\":\"<overloaded>\"}";

    private final ProviderStub receiver = ProviderStub.start();

    /** The gateway's settings: webhooks on loopback, retried within a tenth of a second. */
    static Map<String, String> settings() {
        return Map.of(
                "switchboard.webhook.enabled", "true",
                "switchboard.webhook.allow-loopback", "true",
                "switchboard.dispatch.initial-backoff", "50ms",
                "switchboard.dispatch.max-backoff", "100ms");
    }

    /** Gives the tenant its webhook accounts and sends it a webhook; the message's id. */
    String send(GatewayClient client, String tenantId, String adminToken) {
        AtomicInteger posts = new AtomicInteger();
        receiver.answer(exchange -> posts.incrementAndGet() == 1 ? Reply.json(500, "{\"error\":\"<overloaded>\"}")
                : Reply.json(200, "{\"ok\":true}"));
        GatewayClient.Response saved = client.put("/api/v1/tenants/" + tenantId + "/providers/webhook", """
                {"primary":{"secrets":{"signingSecret":"whsec_AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="}},
                 "fallback":{"secrets":{"signingSecret":"whsec_HyAhIiMkJSYnKCkqKywtLi8wMTIzNDU2Nzg5Ojs8PT4="}},
                 "failoverAfter":1}""", adminToken);
        if (saved.status() != 200) {
            throw new IllegalStateException("could not save the webhook accounts: " + saved);
        }
        client.post("/api/v1/communications/send", """
                {"subject":"Deploy","body":"Build 42 is live.","channels":["Webhook"],"webhookUrl":"%s/hooks/deploys"}"""
                .formatted(receiver.baseUri()), adminToken);
        return (String) ((Map<?, ?>) client.get("/api/v1/tenants/" + tenantId + "/messages", adminToken)
                .jsonList("messages").get(0)).get("id");
    }

    @Override
    public void close() {
        receiver.close();
    }
}
