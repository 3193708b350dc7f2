package switchboard.bootstrap.e2e.guard;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import switchboard.adapter.out.persistence.Database;
import switchboard.bootstrap.e2e.GatewayClient;

import static org.assertj.core.api.Assertions.assertThat;
import static switchboard.application.memory.Eventually.waitFor;

/** Keys that run out: a recorded answer after the retention, a claim whose request never answers, and the purge. */
@MicronautTest(transactional = false)
class IdempotencyExpiryTest extends GuardTest {

    private static final String KEY = "Idempotency-Key";

    @Inject
    SendGate gate;
    @Inject
    Database database;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of(SendGate.ENABLED, "true", "switchboard.idempotency.retention", "1s",
                "switchboard.idempotency.claim-timeout", "1s", "switchboard.idempotency.purge-interval", "200ms");
    }

    @Test
    void theScheduledPurgeDeletesExpiredKeys() throws InterruptedException {
        send(tenant, Endpoint.CAPILLARY, KEY, "purged");
        assertThat(keysOf(tenant)).isEqualTo(1);

        waitFor(() -> keysOf(tenant) == 0);
    }

    @Test
    void afterTheRetentionTheKeyIsNewAgain() throws InterruptedException {
        send(tenant, Endpoint.DRIPCEL_SMS, KEY, "daily-report");
        Thread.sleep(1_100);

        GatewayClient.Response again = send(tenant, Endpoint.DRIPCEL_SMS, KEY, "daily-report");

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.header("Idempotency-Replay")).isNull();
        assertThat(messages(tenant)).isEqualTo(2);
    }

    @Test
    void aClaimWhoseRequestNeverAnswersIsTakenOverOnceItTimesOut() throws Exception {
        gate.holdNext();
        CompletableFuture<GatewayClient.Response> stuck = CompletableFuture.supplyAsync(
                () -> send(tenant, Endpoint.FLIPLET_EMAIL, KEY, "stuck"));
        gate.awaitHeld();
        assertThat(send(tenant, Endpoint.FLIPLET_EMAIL, KEY, "stuck").status()).as("within the claim").isEqualTo(409);
        Thread.sleep(1_100);

        GatewayClient.Response retry = send(tenant, Endpoint.FLIPLET_EMAIL, KEY, "stuck");
        gate.release();

        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.header("Idempotency-Replay")).isNull();
        assertThat(stuck.get().status()).isEqualTo(200);
        GatewayClient.Response replay = send(tenant, Endpoint.FLIPLET_EMAIL, KEY, "stuck");
        assertThat(replay.body()).as("the retry's answer is kept, not the late one's").isEqualTo(retry.body());
        assertThat(messages(tenant)).as("the stuck request stored its message too").isEqualTo(2);
    }

    private long keysOf(Tenant tenant) {
        return database.read(connection -> Database.queryOne(connection,
                "SELECT COUNT(*) FROM idempotency_key WHERE tenant_id = ?", row -> row.getLong(1),
                tenant.admin().tenantId()).orElseThrow());
    }
}
