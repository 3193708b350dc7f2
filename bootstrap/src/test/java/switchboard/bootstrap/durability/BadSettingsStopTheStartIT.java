package switchboard.bootstrap.durability;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import switchboard.adapter.out.persistence.TestDatabases;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar, started as an operator starts it (settings in environment variables), stops
 * at once with exit code 1 and one error line naming the setting, instead of a gateway that
 * answers 500: a short token secret, a duration it cannot read, a database it cannot reach, and an
 * encryption key other than the one the other processes on its PostgreSQL database seal with.
 */
class BadSettingsStopTheStartIT {

    private static final Duration PATIENCE = Duration.ofMinutes(2);
    private static final String KEY = "c2VwYXJhdGUgcHJvY2VzcyB0ZXN0IGtleSwgMzIgYi4=";
    private static final String OTHER_KEY = "dHdvIGdhdGV3YXlzIHNoYXJlIHRoaXMgc2VhbCBrZXk=";

    @TempDir
    Path dataDir;

    @Test
    void aShortTokenSecret() throws Exception {
        assertStopsWith("short-secret", Map.of(), Map.of("SWITCHBOARD_JWT_SECRET", "only 29 characters, too short"),
                "SWITCHBOARD_JWT_SECRET (switchboard.security.jwt-secret) must be at least 32 characters long");
    }

    @Test
    void aDurationItCannotRead() throws Exception {
        assertStopsWith("bad-duration", Map.of(), Map.of("SWITCHBOARD_DISPATCH_LEASE", "two minutes"),
                "SWITCHBOARD_DISPATCH_LEASE (switchboard.dispatch.lease) is not valid: Unable to convert value [two minutes]");
        assertStopsWith("bad-retention", Map.of(), Map.of("SWITCHBOARD_RETENTION", "a month"),
                "SWITCHBOARD_RETENTION (switchboard.retention.age) is 'a month'");
        assertStopsWith("bad-outbox-refresh", Map.of(), Map.of("SWITCHBOARD_METRICS_OUTBOX_REFRESH", "0s"),
                "SWITCHBOARD_METRICS_OUTBOX_REFRESH (switchboard.metrics.outbox-refresh) is '0s'");
        assertStopsWith("short-event-lease", Map.of(), Map.of("SWITCHBOARD_EVENTS_LEASE", "45s"),
                "SWITCHBOARD_EVENTS_LEASE (switchboard.events.lease) is '45s': make it at least twice "
                        + "switchboard.webhook.total-timeout (SWITCHBOARD_WEBHOOK_TOTAL_TIMEOUT, 30000ms)");
    }

    @Test
    void aRetentionShorterThanTheIdempotencyKeys() throws Exception {
        assertStopsWith("short-retention", Map.of(), Map.of("SWITCHBOARD_RETENTION", "12h"),
                "SWITCHBOARD_RETENTION (switchboard.retention.age) is '12h': make it at least switchboard.idempotency.retention "
                        + "(SWITCHBOARD_IDEMPOTENCY_RETENTION, 24h)");
    }

    @Test
    void aSwitchThatIsNeitherTrueNorFalse() throws Exception {
        assertStopsWith("bad-tenant-label", Map.of(), Map.of("SWITCHBOARD_METRICS_TENANT_LABEL", "maybe"),
                "SWITCHBOARD_METRICS_TENANT_LABEL (switchboard.metrics.tenant-label) is 'maybe': write true or false");
    }

    @Test
    void aDatabaseThatTakesNoConnection() throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort() + "/switchboard";
        String line = assertStopsWith("no-database", Map.of(),
                Map.of("DATASOURCES_DEFAULT_URL", url + "?password=never-shown", "DATASOURCES_DEFAULT_USERNAME", "switchboard"),
                "DATASOURCES_DEFAULT_URL (datasources.default.url) and its username and password: cannot connect to " + url + ": ");
        assertThat(line).doesNotContain("never-shown");
    }

    @Test
    void anotherEncryptionKeyThanTheDatabasesProcesses() throws Exception {
        Map<String, String> database = new HashMap<>();
        TestDatabases.postgresProperties().forEach((key, value) -> database.put(key, String.valueOf(value)));
        try (GatewayProcess first = GatewayProcess.start("first-key", settings(database, "first"),
                Map.of("SWITCHBOARD_ENCRYPTION_KEY", KEY))) {
            first.awaitReady();
        }

        assertStopsWith("other-key", database, Map.of("SWITCHBOARD_ENCRYPTION_KEY", OTHER_KEY),
                "SWITCHBOARD_ENCRYPTION_KEY (switchboard.security.encryption-key) is not the key the gateway processes on this"
                        + " database seal with");

        try (GatewayProcess same = GatewayProcess.start("same-key", settings(database, "same"),
                Map.of("SWITCHBOARD_ENCRYPTION_KEY", KEY))) {
            same.awaitReady();
        }
    }

    /** Starts the jar, expects it to exit 1 with one error line that starts with {@code expected}; returns that line. */
    private String assertStopsWith(String name, Map<String, String> database, Map<String, String> environment, String expected)
            throws IOException, InterruptedException {
        try (GatewayProcess gateway = GatewayProcess.start(name, settings(database, name), environment)) {
            assertThat(gateway.awaitExit(PATIENCE)).as("exit code of %s", gateway).isEqualTo(1);
            String output = gateway.output();
            List<String> errors = output.lines().filter(line -> line.contains(" ERROR ")).toList();
            assertThat(errors).as("error lines of %s", gateway).hasSize(1);
            String line = errors.get(0);
            assertThat(line).contains("Switchboard did not start: " + expected);
            assertThat(output).as("no stack trace in %s", gateway).doesNotContain("\tat ").doesNotContain("Exception");
            return line;
        }
    }

    private Map<String, String> settings(Map<String, String> database, String name) {
        Map<String, String> settings = new HashMap<>(database);
        settings.put("switchboard.data-dir", dataDir.resolve(name).toString());
        settings.put("switchboard.admin.password", "bad settings admin password");
        return settings;
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
