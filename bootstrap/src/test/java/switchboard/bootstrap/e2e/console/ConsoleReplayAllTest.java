package switchboard.bootstrap.e2e.console;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import switchboard.adapter.out.provider.email.ScriptedSmtpServer;
import switchboard.adapter.out.provider.stub.ProviderStub;
import switchboard.adapter.out.provider.stub.ProviderStub.Reply;
import switchboard.bootstrap.e2e.GatewayTest;

import static org.assertj.core.api.Assertions.assertThat;
import static switchboard.application.memory.Eventually.waitFor;

/**
 * "Replay all" on the dead deliveries page over plain HTTP: it replays the dead deliveries of the
 * filter shown, after a confirmation that counts them, and no others; it is refused without the
 * session's CSRF token and for another tenant's admin.
 */
@MicronautTest(transactional = false)
class ConsoleReplayAllTest extends GatewayTest {

    private final ScriptedSmtpServer smtp = scriptedSmtp();
    private final ProviderStub webhookReceiver = ProviderStub.start();

    @Override
    protected Map<String, String> extraProperties() {
        Map<String, String> properties = new HashMap<>(emailDeadAfterTwoAttempts(smtp));
        properties.put("switchboard.webhook.enabled", "true");
        properties.put("switchboard.webhook.allow-loopback", "true");
        properties.put("switchboard.webhook.signing-secret", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        return properties;
    }

    @AfterAll
    void stopServers() throws IOException {
        smtp.close();
        webhookReceiver.close();
    }

    @Test
    void replayAllReplaysTheFilteredDeadDeliveriesOfTheTenantAndNoOthers() throws InterruptedException {
        smtp.answerRcpt("451 4.3.0 mailbox temporarily unavailable");
        webhookReceiver.answer(exchange -> Reply.json(503, "{\"busy\":true}"));
        TenantAdmin admin = newTenantWithAdmin("Console replay all");
        TenantAdmin neighbour = newTenantWithAdmin("Console replay all neighbour");
        send(admin, "\"channels\":[\"Email\"],\"emailAddress\":\"ada@example.com\"");
        send(admin, "\"channels\":[\"Email\"],\"emailAddress\":\"bob@example.com\"");
        send(admin, "\"channels\":[\"Webhook\"],\"webhookUrl\":\"" + webhookReceiver.baseUri() + "/hooks\"");
        send(neighbour, "\"channels\":[\"Email\"],\"emailAddress\":\"eve@example.com\"");
        waitFor(() -> dead(admin).size() == 3 && dead(neighbour).size() == 1);
        smtp.answerRcpt("250 2.1.5 OK");

        ConsoleHttp console = new ConsoleHttp(server.getURI());
        String csrf = console.signIn(admin.username(), TENANT_ADMIN_PASSWORD);
        String deadPage = "/console/tenants/" + admin.tenantId() + "/dead";
        String emails = console.get(deadPage + "?channel=EMAIL").body();
        assertThat(emails).contains("Replay all dead EMAIL deliveries…")
                .contains("Send the <strong data-testid=\"replay-count\">2</strong> dead EMAIL deliveries again");
        assertThat(console.get(deadPage).body()).contains("<strong data-testid=\"replay-count\">3</strong>");

        HttpResponse<String> withoutToken = console.post(deadPage + "/replay-all", Map.of("channel", "EMAIL"));
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        ConsoleHttp other = new ConsoleHttp(server.getURI());
        String otherCsrf = other.signIn(neighbour.username(), TENANT_ADMIN_PASSWORD);
        assertThat(other.post(deadPage + "/replay-all", Map.of("csrf", otherCsrf, "channel", "EMAIL")).statusCode())
                .isEqualTo(403);
        assertThat(dead(admin)).as("nothing replayed by the refused requests").hasSize(3);

        HttpResponse<String> replayed = console.post(deadPage + "/replay-all", Map.of("csrf", csrf, "channel", "EMAIL"));

        assertThat(replayed.statusCode()).isEqualTo(303);
        assertThat(replayed.headers().firstValue("Location")).contains(deadPage + "?replayed=2&channel=EMAIL");
        assertThat(console.get(deadPage + "?replayed=2&channel=EMAIL").body())
                .contains("2 dead deliveries are queued again.").contains("No dead EMAIL deliveries.");
        waitFor(() -> smtp.messages() == 2);
        assertThat(dead(admin)).as("the webhook was not in the filter").extracting(field("channel")).containsExactly("WEBHOOK");
        assertThat(dead(neighbour)).as("another tenant's").hasSize(1);
        assertThat(console.get(deadPage + "?replayed=many").statusCode()).isEqualTo(400);
        assertThat(console.post(deadPage + "/replay-all", Map.of("csrf", csrf, "channel", "PIGEON")).statusCode()).isEqualTo(400);
    }

    /** A send whose first attempt fails (the answer says so) and whose retries will too, until it is dead. */
    private void send(TenantAdmin admin, String recipient) {
        client.post("/api/v1/communications/send", "{\"subject\":\"Hello\",\"body\":\"Hi\"," + recipient + "}", admin.token());
    }

    private List<Object> dead(TenantAdmin admin) {
        return client.get("/api/v1/tenants/" + admin.tenantId() + "/deliveries?status=dead", admin.token()).jsonList("deliveries");
    }
}
