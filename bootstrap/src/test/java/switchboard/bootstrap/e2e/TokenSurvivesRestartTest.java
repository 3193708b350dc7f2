package switchboard.bootstrap.e2e;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Two runs of the gateway on one data directory: an admin token of the first is still good in the second. */
class TokenSurvivesRestartTest {

    @Test
    void aTokenFromBeforeARestartStillWorks(@TempDir Path dataDir) {
        Map<String, Object> properties = Map.of(
                "micronaut.server.port", -1,
                "switchboard.data-dir", dataDir.toString(),
                "switchboard.admin.password", "restart test password",
                "switchboard.security.bcrypt-cost", 4,
                "datasources.default.url", "jdbc:h2:file:" + dataDir.resolve("switchboard"));
        String token;
        try (EmbeddedServer first = ApplicationContext.run(EmbeddedServer.class, properties)) {
            token = new GatewayClient(first.getURI(), first.getApplicationContext().getBean(JsonMapper.class))
                    .login("admin", "restart test password");
        }
        try (EmbeddedServer second = ApplicationContext.run(EmbeddedServer.class, properties)) {
            GatewayClient client = new GatewayClient(second.getURI(), second.getApplicationContext().getBean(JsonMapper.class));
            assertThat(client.get("/api/v1/tenants/default", token).status()).isEqualTo(200);
        }
    }
}
