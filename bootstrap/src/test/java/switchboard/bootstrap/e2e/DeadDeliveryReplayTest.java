package switchboard.bootstrap.e2e;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import switchboard.adapter.out.provider.email.ScriptedSmtpServer;

import static org.assertj.core.api.Assertions.assertThat;
import static switchboard.application.memory.Eventually.waitFor;

/** A delivery that ran out of attempts is dead: an admin finds it, fixes the cause, and replays it. */
@MicronautTest(transactional = false)
class DeadDeliveryReplayTest extends GatewayTest {

    private final ScriptedSmtpServer smtp = scriptedSmtp();

    @Override
    protected Map<String, String> extraProperties() {
        return emailDeadAfterTwoAttempts(smtp);
    }

    @AfterAll
    void stopSmtp() throws IOException {
        smtp.close();
    }

    @Test
    void aDeadDeliveryIsListedAndReplayedOnceTheServerTakesMailAgain() throws Exception {
        smtp.answerRcpt("451 4.3.0 mailbox temporarily unavailable");
        String admin = platformAdminToken();
        client.post("/api/v1/communications/send", """
                {"subject":"Disk full","body":"Disk 3 is full","channels":["Email"],"emailAddress":"ops@example.com"}""", admin);
        String messageId = (String) ((Map<?, ?>) client.get("/api/v1/tenants/default/messages", admin).jsonList("messages")
                .get(0)).get("id");
        String deliveries = "/api/v1/tenants/default/deliveries";

        waitFor(() -> client.get(deliveries + "?status=dead", admin).jsonList("deliveries").size() == 1);
        Map<?, ?> dead = (Map<?, ?>) client.get(deliveries + "?status=DEAD&channel=email", admin).jsonList("deliveries").get(0);
        assertThat(dead.get("messageId")).isEqualTo(messageId);
        assertThat(dead.get("attempts")).isEqualTo(2);
        assertThat((String) dead.get("lastError")).contains("451");

        smtp.answerRcpt("250 2.1.5 OK");
        GatewayClient.Response replayed = client.post(deliveries + "/" + dead.get("id") + "/replay", "", admin);
        assertThat(replayed.status()).isEqualTo(200);
        assertThat(replayed.json()).containsEntry("status", "QUEUED").containsEntry("attempts", 0);

        waitFor(() -> smtp.messages() == 1);
        waitFor(() -> "SENT".equals(deliveryStatus(messageId, admin)));
        assertThat(client.get(deliveries + "?status=dead", admin).jsonList("deliveries")).isEmpty();
        GatewayClient.Response again = client.post(deliveries + "/" + dead.get("id") + "/replay", "", admin);
        assertThat(again.status()).isEqualTo(409);
        assertThat((String) again.json().get("detail")).contains("only dead deliveries are replayed");
    }

    @Test
    void replayingAnUnknownDeliveryIsNotFound() {
        String admin = platformAdminToken();
        assertThat(client.post("/api/v1/tenants/default/deliveries/" + UUID.randomUUID() + "/replay", "", admin).status())
                .isEqualTo(404);
        assertThat(client.post("/api/v1/tenants/default/deliveries/not-an-id/replay", "", admin).status()).isEqualTo(404);
        assertThat(client.get("/api/v1/tenants/default/deliveries?status=buried", admin).status()).isEqualTo(400);
    }

    private String deliveryStatus(String messageId, String admin) {
        Map<?, ?> delivery = (Map<?, ?>) ((List<?>) client.get("/api/v1/tenants/default/messages/" + messageId, admin)
                .json().get("deliveries")).get(0);
        return (String) delivery.get("status");
    }
}
