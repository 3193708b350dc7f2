package switchboard.bootstrap.e2e.console;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import switchboard.bootstrap.e2e.GatewayTest;

import static org.assertj.core.api.Assertions.assertThat;

/** SWITCHBOARD_CONSOLE_ENABLED=false: no console page is served, and the Admin API is as before. */
@MicronautTest(transactional = false)
class ConsoleDisabledTest extends GatewayTest {

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("switchboard.console.enabled", "false");
    }

    @Test
    void theConsoleIsNotServed() {
        ConsoleHttp console = new ConsoleHttp(server.getURI());
        int unknown = console.get("/no-such-page").statusCode();
        assertThat(unknown).isNotEqualTo(200);
        for (String path : List.of("/console/sign-in", "/console/assets/htmx.min.js", "/console/tenants/default/overview")) {
            assertThat(console.get(path).statusCode()).as("%s answers as an unknown path", path).isEqualTo(unknown);
        }
        assertThat(client.get("/api/v1/tenants/default/messages", platformAdminToken()).status()).isEqualTo(200);
    }
}
