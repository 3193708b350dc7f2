package switchboard.bootstrap.e2e.guard;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import switchboard.adapter.out.persistence.Database;
import switchboard.bootstrap.e2e.GatewayClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Idempotency-Keys on every send endpoint of every API, over HTTP, on H2. */
@MicronautTest(transactional = false)
class IdempotencyTest extends GuardTest {

    private static final String KEY = "Idempotency-Key";
    private static final String REPLAY = "Idempotency-Replay";

    @Inject
    SendGate gate;

    @Inject
    Database database;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of(SendGate.ENABLED, "true");
    }

    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void aRepeatGetsTheFirstAnswerAgainAndCreatesNothing(Endpoint endpoint) {
        GatewayClient.Response first = send(tenant, endpoint, KEY, "order-4711");
        GatewayClient.Response repeat = send(tenant, endpoint, KEY, "order-4711");

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.header(REPLAY)).isNull();
        assertThat(repeat.status()).isEqualTo(200);
        assertThat(repeat.body()).isEqualTo(first.body());
        assertThat(repeat.header("Content-Type")).isEqualTo(first.header("Content-Type"));
        assertThat(repeat.header(REPLAY)).isEqualTo("true");
        assertThat(messages(tenant)).isEqualTo(1);

        assertThat(send(tenant, endpoint).status()).as("without a key").isEqualTo(200);
        assertThat(messages(tenant)).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void aRepeatAfterALostAnswerIsAnsweredFromWhatTheFirstAttemptStored(Endpoint endpoint) {
        GatewayClient.Response first = send(tenant, endpoint, KEY, "order-4712");
        loseTheAnswer(tenant, "order-4712");

        GatewayClient.Response repeat = send(tenant, endpoint, KEY, "order-4712");

        assertThat(repeat.status()).as(repeat.toString()).isEqualTo(200);
        assertThat(repeat.header(REPLAY)).as("handled again, not replayed from a recorded answer").isNull();
        assertThat(repeat.json()).isEqualTo(first.json());
        assertThat(messages(tenant)).as("stored once").isEqualTo(1);
        assertThat(send(tenant, endpoint, KEY, "order-4712").header(REPLAY)).as("the repeat's answer is kept").isEqualTo("true");
    }

    @ParameterizedTest
    @EnumSource(names = {"FLIPLET_EMAIL", "ADMIN", "CAPILLARY", "DRIPCEL_SMS"})
    void theKeyWithAnotherBodyIs422(Endpoint endpoint) {
        send(tenant, endpoint, KEY, "order-4711");

        GatewayClient.Response other = sendBody(tenant, endpoint, endpoint.body + "\n", KEY, "order-4711");

        assertRefusal(endpoint, other, 422, "already used for a different request");
        assertThat(other.header("Retry-After")).isNull();
        assertThat(messages(tenant)).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(names = {"FLIPLET_EMAIL", "ADMIN", "CAPILLARY", "DRIPCEL_SMS"})
    void aRepeatWhileTheFirstIsInFlightIs409WithRetryAfter(Endpoint endpoint) throws Exception {
        gate.holdNext();
        CompletableFuture<GatewayClient.Response> first = CompletableFuture.supplyAsync(() -> send(tenant, endpoint, KEY, "slow"));
        gate.awaitHeld();

        GatewayClient.Response repeat = send(tenant, endpoint, KEY, "slow");
        gate.release();

        assertRefusal(endpoint, repeat, 409, "still in progress");
        assertThat(repeat.header("Retry-After")).isEqualTo("1");
        assertThat(first.get().status()).isEqualTo(200);
        GatewayClient.Response later = send(tenant, endpoint, KEY, "slow");
        assertThat(later.header(REPLAY)).isEqualTo("true");
        assertThat(later.body()).isEqualTo(first.get().body());
        assertThat(messages(tenant)).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(names = {"FLIPLET_SMS", "ADMIN", "CAPILLARY", "DRIPCEL_BULK_EMAIL"})
    void aKeyLongerThan255CharactersIs400(Endpoint endpoint) {
        GatewayClient.Response answer = send(tenant, endpoint, KEY, "k".repeat(256));

        assertRefusal(endpoint, answer, 400, "Idempotency-Key is longer than 255 characters");
        assertThat(send(tenant, endpoint, KEY, "k".repeat(255)).status()).isEqualTo(200);
        assertThat(messages(tenant)).isEqualTo(1);
    }

    @Test
    void keysAreTheTenants() {
        Tenant other = newTenant("Other");

        GatewayClient.Response mine = send(tenant, Endpoint.FLIPLET_EMAIL, KEY, "shared");
        GatewayClient.Response theirs = send(other, Endpoint.FLIPLET_EMAIL, KEY, "shared");

        assertThat(theirs.status()).isEqualTo(200);
        assertThat(theirs.header(REPLAY)).isNull();
        assertThat(theirs.json().get("messageId")).isNotEqualTo(mine.json().get("messageId"));
        assertThat(messages(tenant)).isEqualTo(1);
        assertThat(messages(other)).isEqualTo(1);
    }

    @Test
    void aRefusedRequestIsAnsweredTheSameWhenRepeated() {
        GatewayClient.Response refused = sendBody(tenant, Endpoint.DRIPCEL_SMS, "{\"cell\":\"0111111111\"}", KEY, "bad");
        GatewayClient.Response repeat = sendBody(tenant, Endpoint.DRIPCEL_SMS, "{\"cell\":\"0111111111\"}", KEY, "bad");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(repeat.status()).isEqualTo(400);
        assertThat(repeat.body()).isEqualTo(refused.body());
        assertThat(repeat.header(REPLAY)).isEqualTo("true");
    }

    /**
     * The key's record as a process leaves it that stored the send, then died (or failed to record
     * the answer, the database being gone) before answering: a claim without an answer, timed out.
     */
    private void loseTheAnswer(Tenant of, String key) {
        int forgotten = database.write(connection -> Database.update(connection, "UPDATE idempotency_key SET status = NULL, "
                + "content_type = NULL, body = NULL, claimed_until = ? WHERE tenant_id = ? AND idempotency_key = ?",
                Instant.now().minusSeconds(1), of.admin().tenantId(), key));
        assertThat(forgotten).isEqualTo(1);
    }

    @Test
    void ofManyConcurrentRepeatsExactlyOneCreatesTheMessage() throws Exception {
        int threads = 16;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<GatewayClient.Response> answers = new ArrayList<>();
        try {
            List<Future<GatewayClient.Response>> sends = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<GatewayClient.Response> send = () -> {
                    start.await();
                    return send(tenant, Endpoint.FLIPLET_EMAIL, KEY, "race");
                };
                sends.add(pool.submit(send));
            }
            start.countDown();
            for (Future<GatewayClient.Response> send : sends) {
                answers.add(send.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(messages(tenant)).isEqualTo(1);
        assertThat(answers).extracting(GatewayClient.Response::status).allSatisfy(status -> assertThat(status).isIn(200, 409));
        List<GatewayClient.Response> answered = answers.stream().filter(answer -> answer.status() == 200).toList();
        assertThat(answered).filteredOn(answer -> answer.header(REPLAY) == null).as("the one that ran").hasSize(1);
        assertThat(answered).extracting(GatewayClient.Response::body).containsOnly(answered.get(0).body());
    }
}
