package switchboard.bootstrap.durability;

import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import switchboard.adapter.out.persistence.TestDatabases;
import switchboard.adapter.out.provider.email.ScriptedSmtpServer;
import switchboard.bootstrap.e2e.GatewayClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The base of the tests that run the gateway's jar as separate processes ({@link GatewayProcess})
 * on a fresh PostgreSQL schema (or, where a test says so, on the embedded H2 default in the process's
 * data directory), sending email to an SMTP server in the test's JVM that keeps only the envelopes:
 * light enough for thousands of emails on a small machine.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SeparateProcessIT {

    /** Deliveries one process sends at once: {@code switchboard.dispatch.concurrency}. */
    static final int CONCURRENCY = 8;

    private static final String ADMIN_PASSWORD = "separate process admin password";
    private static final String JWT_SECRET = "separate-process-test-jwt-secret-of-some-length";
    private static final String ENCRYPTION_KEY = "c2VwYXJhdGUgcHJvY2VzcyB0ZXN0IGtleSwgMzIgYi4=";

    ScriptedSmtpServer smtp;
    Map<String, Object> database;
    Outbox outbox;
    private final JsonMapper json = JsonMapper.createDefault();

    @BeforeAll
    void freshDatabaseAndSmtpServer() throws IOException {
        database = freshDatabase();
        outbox = new Outbox(database);
        smtp = new ScriptedSmtpServer();
    }

    /**
     * The datasource settings the gateway processes are given, and the test reads their outbox with:
     * a fresh PostgreSQL schema.
     */
    Map<String, Object> freshDatabase() {
        return TestDatabases.postgresProperties();
    }

    @AfterAll
    void stopSmtpServer() throws IOException {
        smtp.close();
    }

    /** Waits until the SMTP server has taken this many emails, for up to {@code patience}. */
    void awaitReceived(int emails, Duration patience, GatewayProcess sender) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (smtp.messages() < emails) {
            assertThat(System.nanoTime()).as("%s emails received within %s; see %s", emails, patience, sender.log())
                    .isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    /**
     * The settings of a gateway process on this test's database and SMTP server, that introduces
     * itself to the SMTP server as {@code name}. Processes sharing the database share the keys
     * too, as the README asks.
     */
    Map<String, String> settings(String name, Path dataDir) {
        Map<String, String> settings = new HashMap<>();
        database.forEach((key, value) -> settings.put(key, String.valueOf(value)));
        settings.put("javamail.properties.mail.smtp.host", "127.0.0.1");
        settings.put("javamail.properties.mail.smtp.port", String.valueOf(smtp.port()));
        settings.put("javamail.properties.mail.smtp.localhost", name);
        settings.put("switchboard.data-dir", dataDir.toString());
        settings.put("switchboard.admin.password", ADMIN_PASSWORD);
        settings.put("switchboard.security.bcrypt-cost", "4");
        settings.put("switchboard.security.jwt-secret", JWT_SECRET);
        settings.put("switchboard.security.encryption-key", ENCRYPTION_KEY);
        settings.put("switchboard.dispatch.concurrency", String.valueOf(CONCURRENCY));
        settings.put("switchboard.dispatch.idle-poll", "100ms");
        return settings;
    }

    /** The platform admin's password ({@code admin}) on every process. */
    static String adminPassword() {
        return ADMIN_PASSWORD;
    }

    GatewayClient client(GatewayProcess gateway) {
        return new GatewayClient(gateway.uri(), json);
    }

    /** Through the Admin API of the gateway: a Dripcel API key of the default tenant, and its template {@code plain}. */
    String dripcelKey(GatewayProcess gateway) {
        GatewayClient client = client(gateway);
        String admin = client.login("admin", ADMIN_PASSWORD);
        GatewayClient.Response key = client.post("/api/v1/tenants/default/credentials",
                "{\"type\":\"dripcel-api-key\",\"permissions\":[\"sendLog.create\"]}", admin);
        assertThat(key.status()).as("creating a Dripcel key on %s: %s", gateway, key).isEqualTo(201);
        GatewayClient.Response template = client.put("/api/v1/tenants/default/templates/plain",
                "{\"name\":\"Plain\",\"subject\":\"News\",\"text\":\"Hello all\"}", admin);
        assertThat(template.status()).as("storing the template on %s: %s", gateway, template).isIn(200, 201);
        return (String) key.json().get("apiKey");
    }

    /** One Dripcel bulk email to these addresses through the gateway, which must accept them all. */
    void sendBulk(GatewayProcess gateway, String dripcelKey, List<String> addresses) {
        String body = addresses.stream().map(address -> "\"" + address + "\"").collect(Collectors.joining(",",
                "{\"from\":\"news@acme.example\",\"template_id\":\"plain\",\"destinations\":[", "]}"));
        GatewayClient.Response sent = client(gateway).post("/send/email/bulk", body, dripcelKey);
        assertThat(sent.status()).as("the bulk email through %s: %s", gateway, sent).isEqualTo(200);
        assertThat(((Map<?, ?>) sent.json().get("data")).get("accepted")).as("emails accepted: %s", sent)
                .isEqualTo(addresses.size());
    }

    /** Distinct addresses, one per delivery: the SMTP server counts copies by them. */
    static List<String> addresses(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> "user" + i + "@example.org").toList();
    }
}
