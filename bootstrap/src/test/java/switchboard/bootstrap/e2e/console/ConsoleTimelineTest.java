package switchboard.bootstrap.e2e.console;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import switchboard.bootstrap.e2e.GatewayTest;

import static org.assertj.core.api.Assertions.assertThat;
import static switchboard.application.memory.Eventually.waitFor;

/**
 * A delivery's timeline, over plain HTTP through the real server: a webhook whose endpoint fails
 * the first attempt, made with the tenant's primary account, and takes the second, made with its
 * fallback, shows both attempts, in order, the first with its error and the second marked as the
 * fallback's, on the console's message page and in the Admin API's message.
 */
@MicronautTest(transactional = false)
class ConsoleTimelineTest extends GatewayTest {

    private static final Pattern STEP = Pattern.compile("<li class=\"step\" data-testid=\"step\" data-outcome=\"([a-z_]+)\">"
            + "(.*?)</li>", Pattern.DOTALL);

    private final RetriedWebhook webhook = new RetriedWebhook();

    @Override
    protected Map<String, String> extraProperties() {
        return RetriedWebhook.settings();
    }

    @AfterAll
    void stopReceiver() {
        webhook.close();
    }

    @Test
    void aDeliveryThatFailedOnceThenWentShowsBothAttemptsInOrderWithTheFirstsError() throws InterruptedException {
        TenantAdmin admin = newTenantWithAdmin("Timeline");
        String messageId = webhook.send(client, admin.tenantId(), admin.token());
        String message = "/api/v1/tenants/" + admin.tenantId() + "/messages/" + messageId;
        waitFor(() -> "SENT".equals(object(client.get(message, admin.token()).jsonList("deliveries").get(0)).get("status")));

        Map<String, Object> delivery = object(client.get(message, admin.token()).jsonList("deliveries").get(0));
        assertThat((List<?>) delivery.get("history")).hasSize(2);
        Map<String, Object> first = object(((List<?>) delivery.get("history")).get(0));
        Map<String, Object> second = object(((List<?>) delivery.get("history")).get(1));
        assertThat(first).containsEntry("kind", "ATTEMPT").containsEntry("attempt", 1).containsEntry("outcome", "RETRYING")
                .containsEntry("error", RetriedWebhook.FIRST_ERROR).containsEntry("provider", "webhook")
                .containsEntry("account", "PRIMARY");
        assertThat(second).containsEntry("kind", "ATTEMPT").containsEntry("attempt", 2).containsEntry("outcome", "SENT")
                .containsEntry("account", "FALLBACK").doesNotContainKey("error");

        ConsoleHttp console = new ConsoleHttp(server.getURI());
        console.signIn(admin.username(), TENANT_ADMIN_PASSWORD);
        HttpResponse<String> page = console.get("/console/tenants/" + admin.tenantId() + "/messages/" + messageId);

        assertThat(page.statusCode()).isEqualTo(200);
        Matcher steps = STEP.matcher(page.body());
        assertThat(steps.find()).as("the first attempt on the page").isTrue();
        assertThat(steps.group(1)).isEqualTo("retrying");
        assertThat(steps.group(2)).contains("attempt 1 through webhook", "failed, to be tried again",
                "HTTP 500: {\"error\":\"&lt;overloaded&gt;\"}", "with the tenant's primary account")
                .doesNotContain("fallback");
        assertThat(steps.find()).as("the second attempt on the page").isTrue();
        assertThat(steps.group(1)).isEqualTo("sent");
        assertThat(steps.group(2)).contains("attempt 2 through webhook", "taken by the provider",
                "with the tenant's fallback account", "<span class=\"tag fallback\">fallback</span>").doesNotContain("error");
        assertThat(steps.find()).as("no third entry").isFalse();
        assertThat(page.body()).doesNotContain("<overloaded>");
    }
}
