package switchboard.bootstrap.e2e.console;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import switchboard.adapter.out.provider.stub.ProviderStub;
import switchboard.adapter.out.provider.stub.ProviderStub.Reply;
import switchboard.bootstrap.e2e.GatewayTest;

import static org.assertj.core.api.Assertions.assertThat;
import static switchboard.application.memory.Eventually.waitFor;

/**
 * A delivery's timeline, over plain HTTP through the real server: a webhook whose endpoint fails
 * the first attempt and takes the second shows both attempts, in order, the first with its error,
 * on the console's message page and in the Admin API's message.
 */
@MicronautTest(transactional = false)
class ConsoleTimelineTest extends GatewayTest {

    private static final Pattern STEP = Pattern.compile("<li class=\"step\" data-testid=\"step\" data-outcome=\"([a-z_]+)\">"
            + "(.*?)</li>", Pattern.DOTALL);

    private final ProviderStub receiver = ProviderStub.start();

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of(
                "switchboard.webhook.enabled", "true",
                "switchboard.webhook.allow-loopback", "true",
                "switchboard.webhook.signing-secret", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                "switchboard.dispatch.initial-backoff", "50ms",
                "switchboard.dispatch.max-backoff", "100ms");
    }

    @AfterAll
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void aDeliveryThatFailedOnceThenWentShowsBothAttemptsInOrderWithTheFirstsError() throws InterruptedException {
        AtomicInteger posts = new AtomicInteger();
        receiver.answer(exchange -> posts.incrementAndGet() == 1 ? Reply.json(500, "{\"error\":\"<overloaded>\"}")
                : Reply.json(200, "{\"ok\":true}"));
        TenantAdmin admin = newTenantWithAdmin("Timeline");
        client.post("/api/v1/communications/send", """
                {"subject":"Deploy","body":"Build 42 is live.","channels":["Webhook"],"webhookUrl":"%s/hooks/deploys"}"""
                .formatted(receiver.baseUri()), admin.token());
        String messageId = (String) ((Map<?, ?>) client.get("/api/v1/tenants/" + admin.tenantId() + "/messages", admin.token())
                .jsonList("messages").get(0)).get("id");
        String message = "/api/v1/tenants/" + admin.tenantId() + "/messages/" + messageId;
        waitFor(() -> "SENT".equals(object(client.get(message, admin.token()).jsonList("deliveries").get(0)).get("status")));

        Map<String, Object> delivery = object(client.get(message, admin.token()).jsonList("deliveries").get(0));
        assertThat((List<?>) delivery.get("history")).hasSize(2);
        Map<String, Object> first = object(((List<?>) delivery.get("history")).get(0));
        Map<String, Object> second = object(((List<?>) delivery.get("history")).get(1));
        assertThat(first).containsEntry("kind", "ATTEMPT").containsEntry("attempt", 1).containsEntry("outcome", "RETRYING")
                .containsEntry("error", "HTTP 500: {\"error\":\"<overloaded>\"}").containsEntry("provider", "webhook")
                .containsEntry("account", "GATEWAY");
        assertThat(second).containsEntry("kind", "ATTEMPT").containsEntry("attempt", 2).containsEntry("outcome", "SENT")
                .doesNotContainKey("error");

        ConsoleHttp console = new ConsoleHttp(server.getURI());
        console.signIn(admin.username(), TENANT_ADMIN_PASSWORD);
        HttpResponse<String> page = console.get("/console/tenants/" + admin.tenantId() + "/messages/" + messageId);

        assertThat(page.statusCode()).isEqualTo(200);
        Matcher steps = STEP.matcher(page.body());
        assertThat(steps.find()).as("the first attempt on the page").isTrue();
        assertThat(steps.group(1)).isEqualTo("retrying");
        assertThat(steps.group(2)).contains("attempt 1 through webhook", "failed, to be tried again",
                "HTTP 500: {\"error\":\"&lt;overloaded&gt;\"}", "with the gateway's account");
        assertThat(steps.find()).as("the second attempt on the page").isTrue();
        assertThat(steps.group(1)).isEqualTo("sent");
        assertThat(steps.group(2)).contains("attempt 2 through webhook", "taken by the provider").doesNotContain("error");
        assertThat(steps.find()).as("no third entry").isFalse();
        assertThat(page.body()).doesNotContain("<overloaded>");
    }
}
