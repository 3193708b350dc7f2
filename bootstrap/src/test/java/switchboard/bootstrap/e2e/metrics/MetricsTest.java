package switchboard.bootstrap.e2e.metrics;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import switchboard.bootstrap.e2e.GatewayClient;
import switchboard.bootstrap.e2e.GatewayTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static switchboard.application.memory.Eventually.waitFor;

/**
 * {@code /prometheus} after real traffic through four APIs: emails to a real SMTP server, SMS
 * captured, a scheduled SMS, a rate-limited request and an Idempotency-Key replay. Each counter
 * must have moved by exactly what was sent, between a scrape before and one after; the last scrape
 * is written to {@code target/prometheus-scrape.txt}, which {@code .ci/run} checks with
 * {@code promtool check metrics}. The Grafana dashboard and the alert rules under
 * deploy/monitoring may name only metrics that scrape holds.
 */
@MicronautTest(transactional = false)
class MetricsTest extends GatewayTest {

    private static final Path SCRAPE_FILE = Path.of("target", "prometheus-scrape.txt");
    private static final Path MONITORING = Path.of("..", "deploy", "monitoring");
    /** Metric names in PromQL: the gateway's own and the libraries' families it exposes. */
    private static final Pattern METRIC = Pattern.compile("\\b((?:switchboard|http_server|jvm|hikaricp|process|system)_[a-z0-9_]+)");
    private static final String CAPILLARY_PASSWORD = "capillary password";

    private GreenMail smtp;
    private PrometheusScrape before;
    private PrometheusScrape after;

    @Override
    protected Map<String, String> extraProperties() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        return Map.of("javamail.properties.mail.smtp.host", "127.0.0.1",
                "javamail.properties.mail.smtp.port", String.valueOf(smtp.getSmtp().getPort()),
                "switchboard.rate-limits.dripcel.tenant", "2/1m",
                "switchboard.metrics.outbox-refresh", "100ms");
    }

    @AfterAll
    void stopSmtp() {
        smtp.stop();
    }

    /** The traffic of every test, between two scrapes; the later one waits until the deliveries are sent. */
    @BeforeAll
    void sendTrafficThroughEveryApi() throws Exception {
        client = new GatewayClient(server.getURI(), jsonMapper);
        before = scrape();
        TenantAdmin tenant = newTenantWithAdmin("Metrics");

        String flipletToken = (String) credential(tenant, "{\"type\":\"fliplet-token\"}").get("token");
        String email = "{\"to\":[{\"email\":\"ann@example.com\",\"type\":\"to\"}],\"subject\":\"Hi\",\"html\":\"<p>Hi</p>\"}";
        assertThat(fliplet("/v1/communicate/email", email, flipletToken, "key-1").status()).isEqualTo(200);
        assertThat(fliplet("/v1/communicate/email", email, flipletToken, "key-1").header("Idempotency-Replay")).isEqualTo("true");
        assertThat(fliplet("/v1/communicate/email", email.replace("Hi", "Hello"), flipletToken, null).status()).isEqualTo(200);
        assertThat(fliplet("/v1/communicate/email/batch", "{\"emails\":[" + email + "," + email + "]}", flipletToken, null)
                .json()).containsEntry("accepted", 2);
        assertThat(fliplet("/v1/communicate/sms", "{\"provider\":\"twilio\",\"data\":{\"from\":\"Acme\",\"to\":\"+14155550100\","
                + "\"body\":\"Hey!\"}}", flipletToken, null)
                .status()).isEqualTo(200);

        String apiKey = (String) credential(tenant, "{\"type\":\"dripcel-api-key\",\"permissions\":[\"sendLog.create\"]}")
                .get("apiKey");
        String sms = "{\"content\":\"Hi\",\"cell\":\"0111111111\",\"skipNonContacts\":false,\"country\":\"ZA\",\"deliveryMethod\":\"standard\"}";
        assertThat(List.of(client.post("/send/sms", sms, apiKey).status(), client.post("/send/sms", sms, apiKey).status(),
                client.post("/send/sms", sms, apiKey).status())).containsExactly(200, 200, 429);

        credential(tenant, "{\"type\":\"capillary-basic\",\"username\":\"metrics-user\",\"password\":\"" + CAPILLARY_PASSWORD + "\"}");
        String tomorrow = OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).truncatedTo(ChronoUnit.SECONDS).toString();
        assertThat(client.postWithHeaders("/v2/communications/sendMessage?channel=sms", "{\"root\":{\"sms\":[{\"to\":"
                + "\"919591471711\",\"body\":\"Tomorrow\",\"scheduledTime\":\"" + tomorrow + "\"}]}}",
                "Authorization", GatewayClient.capillaryBasic("metrics-user", CAPILLARY_PASSWORD)).status()).isEqualTo(200);

        assertThat(client.post("/api/v1/communications/send", """
                {"subject":"Maintenance","body":"Tonight.","channels":["Email","Sms"],
                 "emailAddress":"user@example.com","phoneNumber":"+97455555555","isHtml":false}""", tenant.token())
                .status()).isEqualTo(200);

        waitFor(() -> smtp.getReceivedMessages().length == 5);
        waitFor(() -> {
            after = scrape();
            return moved("switchboard_delivery_outcomes_total", Map.of("channel", "email", "outcome", "sent")) == 5
                    && moved("switchboard_delivery_outcomes_total", Map.of("channel", "sms", "outcome", "captured")) == 4
                    && after.sum("switchboard_outbox_deliveries", Map.of("channel", "sms", "state", "scheduled")) == 1;
        });
        Files.writeString(SCRAPE_FILE, after.text());
    }

    @Test
    void acceptedMessagesAndDeliveriesAreCountedByApiAndChannel() {
        assertThat(moved("switchboard_messages_accepted_total", Map.of("api", "fliplet"))).isEqualTo(5);
        assertThat(moved("switchboard_deliveries_accepted_total", Map.of("api", "fliplet", "channel", "email"))).isEqualTo(4);
        assertThat(moved("switchboard_deliveries_accepted_total", Map.of("api", "fliplet", "channel", "sms"))).isEqualTo(1);
        assertThat(moved("switchboard_messages_accepted_total", Map.of("api", "dripcel"))).isEqualTo(2);
        assertThat(moved("switchboard_messages_accepted_total", Map.of("api", "capillary"))).isEqualTo(1);
        assertThat(moved("switchboard_messages_accepted_total", Map.of("api", "admin"))).isEqualTo(1);
        assertThat(moved("switchboard_deliveries_accepted_total", Map.of("api", "admin", "channel", "email"))).isEqualTo(1);
        assertThat(after.matching("switchboard_messages_accepted_total", Map.of()))
                .as("no tenant label unless the operator turns it on")
                .allSatisfy(sample -> assertThat(sample.labels()).doesNotContainKey("tenant"));
    }

    @Test
    void outcomesAreCountedByChannelProviderAndOutcome() {
        assertThat(moved("switchboard_delivery_outcomes_total", Map.of("channel", "email", "provider", "smtp", "outcome", "sent")))
                .isEqualTo(5);
        assertThat(moved("switchboard_delivery_outcomes_total", Map.of("channel", "sms", "provider", "capture",
                "outcome", "captured"))).isEqualTo(4);
        assertThat(moved("switchboard_delivery_outcomes_total", Map.of("outcome", "failed"))).isZero();
    }

    @Test
    void providerCallsAreTimedInAHistogram() {
        Map<String, String> smtpCalls = Map.of("channel", "email", "provider", "smtp");
        assertThat(moved("switchboard_provider_call_seconds_count", smtpCalls)).isEqualTo(5);
        assertThat(after.sum("switchboard_provider_call_seconds_sum", smtpCalls)).isPositive();
        assertThat(moved("switchboard_provider_call_seconds_bucket", Map.of("channel", "email", "provider", "smtp",
                "le", "+Inf"))).isEqualTo(5);
        assertThat(after.matching("switchboard_provider_call_seconds_bucket", smtpCalls)).hasSizeGreaterThan(10);
    }

    @Test
    void theOutboxIsCountedByChannelAndState() {
        Map<String, String> scheduledSms = Map.of("channel", "sms", "state", "scheduled");
        assertThat(after.sum("switchboard_outbox_deliveries", scheduledSms)).isEqualTo(1);
        assertThat(after.sum("switchboard_outbox_deliveries", Map.of("channel", "sms", "state", "queued"))).isEqualTo(1);
        assertThat(after.sum("switchboard_outbox_deliveries", Map.of("channel", "email", "state", "due"))).isZero();
        assertThat(after.matching("switchboard_outbox_deliveries", Map.of("channel", "push"))).extracting(sample ->
                sample.labels().get("state")).containsExactlyInAnyOrder("queued", "due", "scheduled", "sending", "dead");
        assertThat(after.sum("switchboard_outbox_oldest_due_age_seconds", Map.of())).isCloseTo(0, within(5.0));
    }

    @Test
    void rateLimitRefusalsAndReplaysAreCountedByApi() {
        assertThat(moved("switchboard_rate_limited_requests_total", Map.of("api", "dripcel"))).isEqualTo(1);
        assertThat(moved("switchboard_idempotent_replays_total", Map.of("api", "fliplet"))).isEqualTo(1);
    }

    @Test
    void theHttpServerTheJvmAndTheConnectionPoolAreMetered() {
        assertThat(moved("http_server_requests_seconds_count", Map.of("uri", "/v1/communicate/email", "status", "200")))
                .as("the two sends the routes answered; the replay is the request guard's own answer").isEqualTo(2);
        assertThat(moved("http_server_requests_seconds_count", Map.of("uri", "/send/sms", "status", "200"))).isEqualTo(2);
        assertThat(after.sum("jvm_memory_used_bytes", Map.of("area", "heap"))).isPositive();
        assertThat(after.names()).anyMatch(name -> name.startsWith("hikaricp_connections"));
    }

    @Test
    void theDashboardAndTheAlertRulesNameOnlyMetricsTheGatewayServes() throws IOException {
        Set<String> named = new TreeSet<>();
        expressions(Files.readString(MONITORING.resolve("grafana-dashboard.json")), "\"expr\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"")
                .forEach(expression -> named.addAll(metricsIn(expression)));
        alertRuleExpressions().forEach(expression -> named.addAll(metricsIn(expression)));

        assertThat(named).contains("switchboard_outbox_deliveries", "switchboard_outbox_oldest_due_age_seconds",
                "switchboard_delivery_outcomes_total", "switchboard_provider_call_seconds_bucket");
        assertThat(after.names()).containsAll(named);
    }

    private double moved(String name, Map<String, String> labels) {
        return after.sum(name, labels) - before.sum(name, labels);
    }

    private PrometheusScrape scrape() {
        GatewayClient.Response response = client.get("/prometheus", null);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return PrometheusScrape.parse(response.body());
    }

    private GatewayClient.Response fliplet(String path, String body, String token, String idempotencyKey) {
        HttpRequest.Builder request = client.request(path, null).header("Auth-token", token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return client.send(request);
    }

    @SuppressWarnings("unchecked")
    private static List<String> alertRuleExpressions() throws IOException {
        try (Reader reader = Files.newBufferedReader(MONITORING.resolve("alert-rules.yaml"))) {
            Map<String, Object> document = new Yaml().load(reader);
            List<String> expressions = new ArrayList<>();
            for (Object group : (List<Object>) document.get("groups")) {
                for (Object rule : (List<Object>) ((Map<String, Object>) group).get("rules")) {
                    expressions.add(String.valueOf(((Map<String, Object>) rule).get("expr")));
                }
            }
            return expressions;
        }
    }

    private static List<String> expressions(String text, String pattern) {
        List<String> found = new ArrayList<>();
        Matcher matcher = Pattern.compile(pattern).matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Set<String> metricsIn(String expression) {
        Set<String> names = new TreeSet<>();
        Matcher metric = METRIC.matcher(expression);
        while (metric.find()) {
            names.add(metric.group(1));
        }
        return names;
    }
}
