package switchboard.bootstrap.durability;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import switchboard.bootstrap.e2e.GatewayClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two gateway processes on one PostgreSQL database: an admin revoked, or whose password changed,
 * or whose tenant was suspended, through one is refused by the other within the lookup cache's
 * time (by the first at once), and failed logins through both count against one limit.
 */
class AdminSessionsAcrossProcessesIT extends SeparateProcessIT {

    private static final String OPS_PASSWORD = "ops password here";
    private static final Duration LOOKUP_CACHE_TTL = Duration.ofSeconds(2);
    /** The lookup cache's time, and the time two requests take on a loaded machine. */
    private static final Duration PATIENCE = LOOKUP_CACHE_TTL.plusSeconds(3);

    private GatewayProcess first;
    private GatewayProcess second;

    @BeforeAll
    void twoProcesses(@TempDir Path one, @TempDir Path two) throws Exception {
        first = GatewayProcess.start("admin-sessions-one", sessionSettings("gateway-one", one));
        second = GatewayProcess.start("admin-sessions-two", sessionSettings("gateway-two", two));
        first.awaitReady();
        second.awaitReady();
    }

    @AfterAll
    void stop() throws Exception {
        first.close();
        second.close();
    }

    @Test
    void anAdminRevokedThroughOneProcessIsRefusedByBoth() throws Exception {
        GatewayClient one = client(first);
        GatewayClient two = client(second);
        String platform = one.login("admin", adminPassword());
        String username = "ops-" + UUID.randomUUID().toString().substring(0, 8);
        Object id = newAdmin(one, platform, username);
        String token = two.login(username, OPS_PASSWORD);
        assertThat(one.get("/api/v1/tenants/default", token).status()).isEqualTo(200);
        assertThat(two.get("/api/v1/tenants/default", token).status()).as("read, so the second process holds it").isEqualTo(200);

        assertThat(one.delete("/api/v1/tenants/default/credentials/" + id, platform).status())
                .isEqualTo(204);
        long revoked = System.nanoTime();

        assertThat(one.get("/api/v1/tenants/default", token).status()).as("the revoking process, at once").isEqualTo(401);
        awaitRefused(two, "/api/v1/tenants/default", token, revoked);
        assertThat(two.post("/api/v1/tenants/default/credentials", "{\"type\":\"admin\",\"username\":\"sneaky\","
                + "\"password\":\"sneaky password\"}", token).status()).isEqualTo(401);
    }

    @Test
    void aPasswordChangedThroughOneProcessEndsTheOldTokensOnBoth() throws Exception {
        GatewayClient one = client(first);
        GatewayClient two = client(second);
        String platform = one.login("admin", adminPassword());
        String username = "ops-" + UUID.randomUUID().toString().substring(0, 8);
        Object id = newAdmin(one, platform, username);
        String token = one.login(username, OPS_PASSWORD);
        assertThat(two.get("/api/v1/tenants/default", token).status()).isEqualTo(200);

        assertThat(one.put("/api/v1/tenants/default/credentials/" + id + "/password",
                "{\"password\":\"the new ops password\"}", platform).status()).isEqualTo(204);
        long changed = System.nanoTime();

        assertThat(one.get("/api/v1/tenants/default", token).status()).as("the changing process, at once").isEqualTo(401);
        awaitRefused(two, "/api/v1/tenants/default", token, changed);
        assertThat(two.get("/api/v1/tenants/default", two.login(username, "the new ops password")).status()).isEqualTo(200);
    }

    @Test
    void aTenantSuspendedThroughOneProcessIsRefusedByBothUntilItIsResumed() throws Exception {
        GatewayClient one = client(first);
        GatewayClient two = client(second);
        String platform = one.login("admin", adminPassword());
        String tenantId = (String) one.post("/api/v1/tenants", "{\"name\":\"Suspended across processes\"}", platform).json()
                .get("id");
        String username = "ops-" + UUID.randomUUID().toString().substring(0, 8);
        newAdmin(one, platform, tenantId, username);
        String token = two.login(username, OPS_PASSWORD);
        String tenant = "/api/v1/tenants/" + tenantId;
        assertThat(one.get(tenant, token).status()).isEqualTo(200);
        assertThat(two.get(tenant, token).status()).as("read, so the second process holds it").isEqualTo(200);

        assertThat(one.put(tenant + "/suspension", "", platform).status()).isEqualTo(200);
        long suspended = System.nanoTime();

        assertThat(one.get(tenant, token).status()).as("the suspending process, at once").isEqualTo(401);
        awaitRefused(two, tenant, token, suspended);
        assertThat(two.post("/login", login(username, OPS_PASSWORD), null).status()).isEqualTo(401);
        assertThat(two.get(tenant, two.login("admin", adminPassword())).json()).containsKey("suspendedAt");

        assertThat(one.delete(tenant + "/suspension", platform).status()).isEqualTo(200);
        long resumed = System.nanoTime();
        int status;
        do {
            Thread.sleep(100);
            status = two.get(tenant, token).status();
        } while (status == 401 && System.nanoTime() - resumed < PATIENCE.toNanos());
        assertThat(status).as("the other process, within the lookup cache's time of the resumption").isEqualTo(200);
    }

    @Test
    void failedLoginsThroughBothProcessesCountAgainstOneLimit() {
        GatewayClient one = client(first);
        GatewayClient two = client(second);
        String username = "guessed-" + UUID.randomUUID().toString().substring(0, 8);
        newAdmin(one, one.login("admin", adminPassword()), username);

        assertThat(one.post("/login", login(username, "guess one"), null).status()).isEqualTo(401);
        assertThat(two.post("/login", login(username, "guess two"), null).status()).isEqualTo(401);
        assertThat(one.post("/login", login(username, "guess three"), null).status()).isEqualTo(401);

        GatewayClient.Response locked = two.post("/login", login(username, OPS_PASSWORD), null);
        assertThat(locked.status()).as("the right password on the other process: %s", locked).isEqualTo(429);
        assertThat(locked.header("Retry-After")).isNotNull();
    }

    /** A new admin of the default tenant, with {@link #OPS_PASSWORD}; returns its credential's id. */
    private static Object newAdmin(GatewayClient gateway, String platformToken, String username) {
        return newAdmin(gateway, platformToken, "default", username);
    }

    private static Object newAdmin(GatewayClient gateway, String platformToken, String tenantId, String username) {
        GatewayClient.Response created = gateway.post("/api/v1/tenants/" + tenantId + "/credentials", "{\"type\":\"admin\","
                + "\"username\":\"" + username + "\",\"password\":\"" + OPS_PASSWORD + "\"}", platformToken);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id");
    }

    /** Reads with the token until the process refuses it, which must be within the lookup cache's time (and some slack). */
    private void awaitRefused(GatewayClient gateway, String path, String token, long changedAt) throws InterruptedException {
        int status;
        do {
            Thread.sleep(100);
            status = gateway.get(path, token).status();
        } while (status == 200 && System.nanoTime() - changedAt < PATIENCE.toNanos());
        Duration refusedAfter = Duration.ofNanos(System.nanoTime() - changedAt);
        assertThat(status).as("the other process, %s ms after the change; see %s", refusedAfter.toMillis(), second)
                .isEqualTo(401);
    }

    private Map<String, String> sessionSettings(String name, Path dataDir) {
        Map<String, String> settings = settings(name, dataDir);
        settings.put("switchboard.lookup-cache-ttl", LOOKUP_CACHE_TTL.toSeconds() + "s");
        settings.put("switchboard.login.username-failures", "3");
        return settings;
    }

    private static String login(String username, String password) {
        return "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
    }
}
