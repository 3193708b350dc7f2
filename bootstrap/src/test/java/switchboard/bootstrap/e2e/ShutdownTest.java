package switchboard.bootstrap.e2e;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Once the shutdown has started (the context's {@link ShutdownEvent}, as SIGTERM publishes it while the
 * server still listens), readiness is down and every API refuses new requests in its own 503 shape with
 * {@code Retry-After}, before any authentication; liveness and the other routes still answer.
 * {@code GracefulShutdownIT} stops a real process with SIGTERM.
 */
@MicronautTest(transactional = false)
class ShutdownTest extends GatewayTest {

    private static final String SHUTTING_DOWN = "The gateway is shutting down; try again in a few seconds.";

    @Inject
    ApplicationContext context;
    @Inject
    ApplicationEventPublisher<ShutdownEvent> shutdown;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("endpoints.health.details-visible", "ANONYMOUS");
    }

    @Test
    void onceTheShutdownStartsReadinessIsDownAndEachApiAnswersItsOwn503() {
        String admin = platformAdminToken();
        assertThat(client.get("/health/readiness", null).status()).isEqualTo(200);
        assertThat(client.get("/api/v1/tenants/default", admin).status()).isEqualTo(200);

        shutdown.publishEvent(new ShutdownEvent(context));

        GatewayClient.Response readiness = client.get("/health/readiness", null);
        assertThat(readiness.status()).isEqualTo(503);
        assertThat(object(object(readiness.json().get("details")).get("shutdown")).get("status")).isEqualTo("DOWN");
        assertThat(client.get("/health/liveness", null).status()).as("alive all the same").isEqualTo(200);

        GatewayClient.Response fliplet = client.postWithHeaders("/v1/communicate/email",
                "{\"to\":[{\"email\":\"a@example.com\"}],\"subject\":\"Hi\",\"html\":\"<p>Hi</p>\"}", "Auth-token", "some-token");
        assertUnavailable(fliplet);
        assertThat(fliplet.json()).isEqualTo(Map.of("error", "service unavailable", "message", SHUTTING_DOWN));

        GatewayClient.Response capillary = client.postWithHeaders("/v2/communications/sendMessage",
                "{\"smsDeliveryRequests\":[]}", "Authorization", capillaryBasic("someone", "secret"));
        assertUnavailable(capillary);
        assertThat(object(capillary.json().get("status"))).containsEntry("code", 503).containsEntry("message", SHUTTING_DOWN);

        GatewayClient.Response token = client.post("/v3/oauth/token/generate", "{\"key\":\"k\",\"secret\":\"s\"}", null);
        assertUnavailable(token);
        assertThat(token.json()).containsEntry("data", null);

        GatewayClient.Response dripcel = client.postWithHeaders("/send/sms",
                "{\"cells\":[\"+27821234567\"],\"content\":\"Hi\"}", "Authorization", "Bearer some-key");
        assertUnavailable(dripcel);
        assertThat(dripcel.json()).isEqualTo(Map.of("ok", false, "error", SHUTTING_DOWN));

        GatewayClient.Response login = client.post("/login",
                "{\"username\":\"" + ADMIN + "\",\"password\":\"" + ADMIN_PASSWORD + "\"}", null);
        assertUnavailable(login);
        assertThat(login.json()).containsEntry("status", 503).containsEntry("detail", SHUTTING_DOWN);
        GatewayClient.Response tenants = client.get("/api/v1/tenants/default", admin);
        assertUnavailable(tenants);
        assertThat(tenants.json()).containsEntry("status", 503);
    }

    private static void assertUnavailable(GatewayClient.Response response) {
        assertThat(response.status()).as("%s", response).isEqualTo(503);
        assertThat(response.headers().get("retry-after")).as("Retry-After of %s", response).containsExactly("5");
    }
}
