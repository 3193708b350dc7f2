package switchboard.bootstrap.durability;

import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import switchboard.bootstrap.e2e.GatewayClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's database goes away and comes back, the gateway running all along: a PostgreSQL
 * of the test's own ({@link OwnPostgres}) is stopped under the packaged jar. While it is down the
 * readiness probe answers 503 within 2 seconds and each API's send is answered 503 in that API's
 * shape with {@code Retry-After} within the connection timeout (3 s by default) and a margin, never
 * a hang; once it is up again the probe and every send succeed, without a restart.
 */
class DatabaseOutageIT {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseOutageIT.class);
    private static final String ADMIN_PASSWORD = "outage test admin password";
    private static final Duration PROBE_LIMIT = Duration.ofSeconds(2);
    /** The default connection timeout, 3 s, and room for a slow shared machine. */
    private static final Duration SEND_LIMIT = Duration.ofSeconds(8);
    private static final String FLIPLET_EMAIL = "{\"to\":[{\"email\":\"ann@example.org\"}],\"subject\":\"Hi\",\"html\":\"<p>Hi</p>\"}";
    private static final String CAPILLARY_SMS = "{\"root\": {\"sms\": [{\"to\": \"919591471711\", \"body\": \"Hello\"}]}}";
    private static final String DRIPCEL_SMS = "{\"content\":\"Hello\",\"cell\":\"+27820000001\",\"country\":\"ZA\",\"deliveryMethod\":\"standard\",\"skipNonContacts\":false}";
    private static final String ADMIN_SEND = "{\"subject\":\"Hi\",\"body\":\"Hello\",\"channels\":[\"Email\"],"
            + "\"emailAddress\":\"ann@example.org\",\"isHtml\":false}";

    @TempDir
    Path dataDir;

    @Test
    void whileTheDatabaseIsDownProbesAndSendsAnswer503AtOnceAndAllRecoversWithoutARestart() throws Exception {
        try (OwnPostgres postgres = OwnPostgres.start();
             GatewayProcess gateway = GatewayProcess.start("database-outage", Map.of(
                     "datasources.default.url", postgres.url(),
                     "datasources.default.username", "postgres",
                     "datasources.default.password", "",
                     "switchboard.data-dir", dataDir.toString(),
                     "switchboard.admin.password", ADMIN_PASSWORD,
                     "switchboard.security.bcrypt-cost", "4",
                     "switchboard.dispatch.idle-poll", "100ms"))) {
            gateway.awaitReady();
            GatewayClient client = new GatewayClient(gateway.uri(), JsonMapper.createDefault());
            Callers callers = Callers.of(client);
            assertThat(readiness(client).status()).isEqualTo(200);
            callers.sends().forEach(send -> assertAccepted(send.get(), "before the outage"));

            postgres.stopServer();

            for (int probes = 0; probes < 3; probes++) {
                Timed<GatewayClient.Response> probe = timed(() -> readiness(client));
                LOG.info("readiness with the database down: {} in {} ms", probe.value().status(), probe.took().toMillis());
                assertThat(probe.value().status()).isEqualTo(503);
                assertThat(probe.took()).isLessThan(PROBE_LIMIT);
            }
            for (int i = 0; i < callers.sends().size(); i++) {
                Timed<GatewayClient.Response> sent = timed(callers.sends().get(i));
                LOG.info("{} with the database down: {} in {} ms: {}", Callers.NAMES.get(i), sent.value().status(),
                        sent.took().toMillis(), sent.value().body());
                assertThat(sent.value().status()).as("%s: %s", Callers.NAMES.get(i), sent.value()).isEqualTo(503);
                assertThat(sent.value().header("Retry-After")).as(Callers.NAMES.get(i)).isEqualTo("5");
                assertThat(sent.took()).as(Callers.NAMES.get(i)).isLessThan(SEND_LIMIT);
                Callers.SHAPES.get(i).accept(sent.value());
            }

            postgres.startServer();

            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (readiness(client).status() != 200 && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(readiness(client).status()).as("readiness after the database came back").isEqualTo(200);
            callers.sends().forEach(send -> assertAccepted(send.get(), "after the outage"));
        }
    }

    private static void assertAccepted(GatewayClient.Response answer, String when) {
        assertThat(answer.status()).as("%s: %s", when, answer).isEqualTo(200);
    }

    private static GatewayClient.Response readiness(GatewayClient client) {
        return client.send(client.request("/health/readiness", null).timeout(Duration.ofSeconds(30)).GET());
    }

    private static <T> Timed<T> timed(Supplier<T> call) {
        long start = System.nanoTime();
        T value = call.get();
        return new Timed<>(value, Duration.ofNanos(System.nanoTime() - start));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object json) {
        return (Map<String, Object>) json;
    }

    private record Timed<T>(T value, Duration took) {
    }

    /** One send of each API, with credentials made through the Admin API while the database was up. */
    private record Callers(List<Supplier<GatewayClient.Response>> sends) {

        static final List<String> NAMES = List.of("Fliplet", "Capillary", "Dripcel", "Admin");
        static final List<Consumer<GatewayClient.Response>> SHAPES = List.of(
                answer -> assertThat(answer.json()).containsEntry("error", "service unavailable").containsKey("message"),
                answer -> assertThat(object(answer.json().get("status"))).containsEntry("code", 503)
                        .containsEntry("success", false),
                answer -> assertThat(answer.json()).containsEntry("ok", false).containsKey("error"),
                answer -> {
                    assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
                    assertThat(answer.json()).containsEntry("status", 503);
                });

        static Callers of(GatewayClient client) {
            String admin = client.login("admin", ADMIN_PASSWORD);
            String fliplet = (String) credential(client, admin, "{\"type\":\"fliplet-token\"}").get("token");
            credential(client, admin, "{\"type\":\"capillary-basic\",\"username\":\"till\",\"password\":\"capillary password\"}");
            String dripcel = (String) credential(client, admin,
                    "{\"type\":\"dripcel-api-key\",\"permissions\":[\"sendLog.create\"]}").get("apiKey");
            return new Callers(List.of(
                    () -> client.postWithHeaders("/v1/communicate/email", FLIPLET_EMAIL, "Auth-token", fliplet),
                    () -> client.postWithHeaders("/v2/communications/sendMessage?channel=sms", CAPILLARY_SMS,
                            "Authorization", GatewayClient.capillaryBasic("till", "capillary password")),
                    () -> client.post("/send/sms", DRIPCEL_SMS, dripcel),
                    () -> client.send(client.request("/api/v1/communications/send", admin)
                            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(ADMIN_SEND)))));
        }

        private static Map<String, Object> credential(GatewayClient client, String admin, String body) {
            GatewayClient.Response created = client.post("/api/v1/tenants/default/credentials", body, admin);
            assertThat(created.status()).as("creating %s: %s", body, created).isEqualTo(201);
            return created.json();
        }
    }
}
