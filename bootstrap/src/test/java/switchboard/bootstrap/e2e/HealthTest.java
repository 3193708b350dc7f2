package switchboard.bootstrap.e2e;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import switchboard.application.dispatch.DispatchWorker;

import static org.assertj.core.api.Assertions.assertThat;

/** The probes without authentication; readiness goes down when the dispatch worker stops. */
@MicronautTest(transactional = false)
class HealthTest extends GatewayTest {

    @Inject
    DispatchWorker worker;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("endpoints.health.details-visible", "ANONYMOUS");
    }

    @Test
    void livenessAndReadinessAnswerUpThenReadinessFollowsTheDispatcher() throws Exception {
        assertThat(client.get("/health/liveness", null).status()).isEqualTo(200);
        GatewayClient.Response ready = client.get("/health/readiness", null);
        assertThat(ready.status()).isEqualTo(200);
        assertThat(object(object(ready.json().get("details")).get("database")).get("status")).isEqualTo("UP");
        assertThat(object(object(ready.json().get("details")).get("dispatcher")).get("status")).isEqualTo("UP");

        worker.close();

        GatewayClient.Response notReady = client.get("/health/readiness", null);
        assertThat(notReady.status()).isEqualTo(503);
        assertThat(object(object(notReady.json().get("details")).get("dispatcher")).get("status")).isEqualTo("DOWN");
        assertThat(client.get("/health/liveness", null).status()).as("alive all the same").isEqualTo(200);
    }
}
