package switchboard.bootstrap.durability;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static switchboard.application.memory.Eventually.waitFor;

/**
 * The packaged jar with {@code SWITCHBOARD_LOG_FORMAT=json} and tracing on writes JSON lines: every
 * line parses, the delivery log's line carries its fields and the attempt's trace, and neither the
 * message's text nor a secret appears anywhere. A format it does not know stops the start.
 */
class JsonLogsIT {

    private static final String ADMIN_PASSWORD = "json logs admin password 1c9e";
    private static final String JWT_SECRET = "json logs token secret, long enough 4a7b";
    private static final String BODY = "the body nobody logs 9f3d";
    private static final String SUBJECT = "the subject nobody logs 2b8e";

    @TempDir
    Path dataDir;

    private final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private final JsonMapper json = JsonMapper.createDefault();

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void everyLineIsJsonAndTheDeliveryLineCarriesItsFieldsAndTraceButNoContentOrSecret() throws Exception {
        smtp.start();
        try (GatewayProcess gateway = GatewayProcess.start("json-logs", Map.of(
                        "switchboard.data-dir", dataDir.toString(),
                        "switchboard.admin.password", ADMIN_PASSWORD,
                        "javamail.properties.mail.smtp.host", "127.0.0.1",
                        "javamail.properties.mail.smtp.port", String.valueOf(smtp.getSmtp().getPort())),
                Map.of("SWITCHBOARD_LOG_FORMAT", "json", "SWITCHBOARD_JWT_SECRET", JWT_SECRET,
                        "SWITCHBOARD_TRACING_ENABLED", "true", "OTEL_TRACES_EXPORTER", "none"))) {
            gateway.awaitReady();
            HttpClient http = HttpClient.newHttpClient();
            String token = (String) post(http, gateway, "/login", null,
                    "{\"username\":\"admin\",\"password\":\"" + ADMIN_PASSWORD + "\"}").get("access_token");
            post(http, gateway, "/api/v1/communications/send", token, "{\"subject\":\"" + SUBJECT + "\",\"body\":\"" + BODY
                    + "\",\"channels\":[\"Email\"],\"emailAddress\":\"ann@example.com\",\"isHtml\":false}");
            waitFor(() -> deliveryLines(gateway).stream().anyMatch(line -> "sent".equals(mdc(line).get("outcome"))));

            Map<String, Object> sent = deliveryLines(gateway).stream()
                    .filter(line -> "sent".equals(mdc(line).get("outcome"))).findFirst().orElseThrow();
            assertThat(sent).containsEntry("level", "INFO");
            assertThat(mdc(sent)).containsEntry("tenant", "default").containsEntry("channel", "email")
                    .containsEntry("provider", "smtp").containsEntry("attempt", "1")
                    .containsKeys("messageId", "deliveryId", "trace_id", "span_id");
            assertThat((String) mdc(sent).get("trace_id")).matches("[0-9a-f]{32}");
            assertThat((String) sent.get("formattedMessage")).contains((String) mdc(sent).get("deliveryId"));
            assertThat(gateway.output()).doesNotContain(BODY).doesNotContain(SUBJECT).doesNotContain(ADMIN_PASSWORD)
                    .doesNotContain(JWT_SECRET).doesNotContain(token).doesNotContain("ann@example.com");
        }
    }

    @Test
    void aFormatItDoesNotKnowStopsTheStartNamingTheSetting() throws Exception {
        try (GatewayProcess gateway = GatewayProcess.start("bad-log-format", Map.of("switchboard.data-dir",
                dataDir.toString(), "switchboard.admin.password", ADMIN_PASSWORD), Map.of("SWITCHBOARD_LOG_FORMAT", "xml"))) {
            assertThat(gateway.awaitExit(Duration.ofMinutes(2))).isEqualTo(1);
            List<String> errors = gateway.output().lines().filter(line -> line.contains(" ERROR ")).toList();
            assertThat(errors).singleElement().asString().contains("Switchboard did not start: SWITCHBOARD_LOG_FORMAT "
                    + "(switchboard.log.format) must be text or json, not 'xml'");
        }
    }

    /** Every line of the log as a JSON object (the test fails on one that is not), those of the delivery log. */
    private List<Map<String, Object>> deliveryLines(GatewayProcess gateway) {
        List<Map<String, Object>> lines = new ArrayList<>();
        try {
            for (String line : gateway.output().lines().toList()) {
                Map<String, Object> object = json.readValue(line, Argument.mapOf(String.class, Object.class));
                if ("switchboard.delivery".equals(object.get("loggerName"))) {
                    lines.add(object);
                }
            }
        } catch (IOException notJson) {
            throw new AssertionError("a log line is not JSON", notJson);
        }
        return lines;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mdc(Map<String, Object> line) {
        return (Map<String, Object>) line.getOrDefault("mdc", Map.of());
    }

    private Map<String, Object> post(HttpClient http, GatewayProcess gateway, String path, String token, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(gateway.uri().resolve(path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("%s answered %s", path, response.body()).isEqualTo(200);
        return json.readValue(response.body(), Argument.mapOf(String.class, Object.class));
    }
}
