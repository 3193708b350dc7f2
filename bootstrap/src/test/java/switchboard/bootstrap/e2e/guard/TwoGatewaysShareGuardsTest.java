package switchboard.bootstrap.e2e.guard;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

import switchboard.adapter.out.persistence.TestDatabases;
import switchboard.bootstrap.e2e.GatewayClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Two gateway processes' worth of servers on one PostgreSQL count one rate limit and share Idempotency-Keys. */
class TwoGatewaysShareGuardsTest {

    private static final String EMAIL = "{\"to\":[{\"email\":\"ann@example.org\"}],\"subject\":\"Hi\",\"html\":\"<p>Hi</p>\"}";

    @Test
    void aTokensLimitAndKeysHoldAcrossGateways() throws Exception {
        Map<String, Object> properties = new HashMap<>(TestDatabases.postgresProperties());
        properties.put("micronaut.server.port", -1);
        properties.put("switchboard.security.bcrypt-cost", 4);
        properties.put("switchboard.admin.password", "two gateways password");
        properties.put("switchboard.security.jwt-secret", "the same signing key on both gateways, 32+ chars");
        properties.put("switchboard.security.encryption-key", "dHdvIGdhdGV3YXlzIHNoYXJlIHRoaXMgc2VhbCBrZXk=");
        properties.put("switchboard.dispatch.enabled", false);
        properties.put("switchboard.rate-limits.fliplet.credential", "3/1h");

        try (EmbeddedServer one = start(properties); EmbeddedServer two = start(properties)) {
            GatewayClient first = client(one);
            GatewayClient second = client(two);
            String admin = first.login("admin", "two gateways password");
            String token = (String) first.post("/api/v1/tenants/default/credentials", "{\"type\":\"fliplet-token\"}", admin)
                    .json().get("token");

            GatewayClient.Response original = email(first, token, "Idempotency-Key", "across");
            GatewayClient.Response replay = email(second, token, "Idempotency-Key", "across");
            assertThat(replay.header("Idempotency-Replay")).isEqualTo("true");
            assertThat(replay.body()).isEqualTo(original.body());

            assertThat(email(first, token).status()).as("the third request").isEqualTo(200);
            assertThat(email(second, token).status()).isEqualTo(429);
            assertThat(email(first, token).status()).isEqualTo(429);
            assertThat(second.get("/api/v1/tenants/default/messages", admin).jsonList("messages")).hasSize(2);
        }
    }

    private static EmbeddedServer start(Map<String, Object> properties) throws Exception {
        Map<String, Object> own = new HashMap<>(properties);
        own.put("switchboard.data-dir", Files.createTempDirectory("switchboard-guards").toString());
        return ApplicationContext.run(EmbeddedServer.class, own);
    }

    private static GatewayClient client(EmbeddedServer server) {
        return new GatewayClient(server.getURI(), server.getApplicationContext().getBean(JsonMapper.class));
    }

    private static GatewayClient.Response email(GatewayClient gateway, String token, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Auth-token";
        all[1] = token;
        System.arraycopy(headers, 0, all, 2, headers.length);
        return gateway.postWithHeaders("/v1/communicate/email", EMAIL, all);
    }
}
