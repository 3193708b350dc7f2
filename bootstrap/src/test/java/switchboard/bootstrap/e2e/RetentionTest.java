package switchboard.bootstrap.e2e;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static switchboard.application.memory.Eventually.waitFor;

/**
 * Finished messages past their retention are purged by the scheduled job and then read as 404
 * through every API that reads them; a tenant with a retention of its own keeps its messages that
 * long. The gateway's retention here is one second, the job runs every 200 ms.
 */
@MicronautTest(transactional = false)
class RetentionTest extends DripcelTest {

    private static final String SMS = """
            {"content": "Hello", "cell": "+27111111111", "country": "ZA", "deliveryMethod": "standard",
             "skipNonContacts": false, "sendOptions": {"testMode": true}}""";

    @Override
    protected Map<String, String> extraProperties() {
        Map<String, String> properties = new HashMap<>(super.extraProperties());
        properties.put("switchboard.retention.age", "1s");
        // The gateway keeps a message at least as long as its Idempotency-Key (the start refuses a shorter retention).
        properties.put("switchboard.idempotency.retention", "1s");
        properties.put("switchboard.idempotency.claim-timeout", "1s");
        properties.put("switchboard.retention.purge-interval", "200ms");
        return properties;
    }

    @Test
    void aPurgedMessageIsNotFoundThroughEveryApiWhileATenantWithALongerRetentionKeepsItsOwn() throws InterruptedException {
        Organisation shortLived = organisation("Retention Default", "sendLog.create");
        Organisation keeping = organisation("Retention Kept", "sendLog.create");
        GatewayClient.Response kept = client.put("/api/v1/tenants/" + keeping.admin().tenantId() + "/retention",
                "{\"days\":30}", platformAdminToken());
        assertThat(kept.status()).as(kept.toString()).isEqualTo(200);
        assertThat(kept.json()).containsEntry("retentionDays", 30);

        String purged = sendCapturedSms(shortLived);
        String stays = sendCapturedSms(keeping);

        String adminRead = "/api/v1/tenants/" + shortLived.admin().tenantId() + "/messages/" + purged;
        waitFor(() -> client.get(adminRead, shortLived.admin().token()).status() == 404);
        GatewayClient.Response status = client.get("/send/sms/" + purged, shortLived.apiKey());
        assertThat(status.status()).as(status.toString()).isEqualTo(404);
        assertThat(status.json()).containsEntry("ok", false);
        assertThat(client.get("/api/v1/tenants/" + shortLived.admin().tenantId() + "/messages", shortLived.admin().token())
                .jsonList("messages")).isEmpty();

        assertThat(client.get("/api/v1/tenants/" + keeping.admin().tenantId() + "/messages/" + stays, keeping.admin().token())
                .status()).isEqualTo(200);
        assertThat(client.get("/send/sms/" + stays, keeping.apiKey()).status()).isEqualTo(200);
    }

    @Test
    void onlyThePlatformAdminSetsARetentionAndTheTenantShowsIt() {
        Organisation org = organisation("Retention Setting", "sendLog.create");
        String path = "/api/v1/tenants/" + org.admin().tenantId();

        assertThat(client.put(path + "/retention", "{\"days\":90}", org.admin().token()).status()).isEqualTo(403);
        assertThat(client.put(path + "/retention", "{\"days\":0}", platformAdminToken()).status()).isEqualTo(400);
        assertThat(client.put(path + "/retention", "{\"days\":90}", platformAdminToken()).status()).isEqualTo(200);
        assertThat(client.get(path, org.admin().token()).json()).containsEntry("retentionDays", 90);

        assertThat(client.put(path + "/retention", "{\"days\":null}", platformAdminToken()).json()).doesNotContainKey("retentionDays");
        assertThat(client.get(path, org.admin().token()).json()).doesNotContainKey("retentionDays");
    }

    /** A test-mode SMS, captured at once: finished. */
    private String sendCapturedSms(Organisation org) throws InterruptedException {
        GatewayClient.Response sent = client.post("/send/sms", SMS, org.apiKey());
        assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
        String id = (String) object(sent.json().get("data")).get("customerId");
        captured(org, "sms", 1);
        return id;
    }
}
