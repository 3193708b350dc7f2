package switchboard.bootstrap.e2e;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import switchboard.bootstrap.wiring.TelemetryFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static switchboard.application.memory.Eventually.waitFor;

/**
 * One trace follows a message with tracing on: the request's span (continuing the caller's
 * {@code traceparent}), the store's span within it, and the delivery's dispatch and SMTP call,
 * made later by the worker from the trace context stored with the delivery. Real HTTP through
 * the real server, the outbox, the worker and GreenMail; the SDK's spans kept in memory.
 */
@MicronautTest(transactional = false)
class MessageTraceTest extends GatewayTest {

    private static final InMemorySpanExporter SPANS = InMemorySpanExporter.create();
    private static final String CALLER_TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

    @RegisterExtension
    final TestSmtpServer smtp = new TestSmtpServer();

    @Override
    protected Map<String, String> extraProperties() {
        Map<String, String> properties = new HashMap<>(smtp.gatewayProperties());
        properties.put("switchboard.tracing.enabled", "true");
        return properties;
    }

    @BeforeEach
    void forgetEarlierSpans() {
        SPANS.reset();
    }

    @Test
    void theRequestTheStoreTheDispatchAndTheSmtpCallShareOneTrace() throws Exception {
        TenantAdmin tenant = newTenantWithAdmin("Traced");
        String token = (String) credential(tenant, "{\"type\":\"fliplet-token\"}").get("token");
        SPANS.reset();

        GatewayClient.Response accepted = client.postWithHeaders("/v1/communicate/email",
                "{\"to\":[{\"email\":\"ann@example.com\",\"type\":\"to\"}],\"subject\":\"Traced\",\"html\":\"<p>Hi</p>\"}",
                "Auth-token", token, "traceparent", "00-" + CALLER_TRACE + "-00f067aa0ba902b7-01");

        assertThat(accepted.status()).isEqualTo(200);
        waitFor(() -> smtp.received().length == 1 && named("provider email").size() == 1);
        SpanData request = only(SPANS.getFinishedSpanItems().stream()
                .filter(span -> span.getKind() == SpanKind.SERVER && span.getName().startsWith("POST")).toList());
        SpanData store = only(named("store send"));
        SpanData dispatch = only(named("dispatch email"));
        SpanData provider = only(named("provider email"));

        assertThat(List.of(request, store, dispatch, provider)).extracting(SpanData::getTraceId)
                .as("one trace, the caller's").containsOnly(CALLER_TRACE);
        assertThat(request.getParentSpanId()).as("the caller's span").isEqualTo("00f067aa0ba902b7");
        assertThat(request.getName()).isEqualTo("POST /v1/communicate/email");
        assertThat(store.getParentSpanId()).isEqualTo(request.getSpanId());
        assertThat(dispatch.getParentSpanId()).as("continued from the stored context").isEqualTo(request.getSpanId());
        assertThat(dispatch.getKind()).isEqualTo(SpanKind.CONSUMER);
        assertThat(dispatch.getAttributes().asMap().toString()).contains("switchboard.attempt=1");
        assertThat(provider.getParentSpanId()).isEqualTo(dispatch.getSpanId());
        assertThat(provider.getKind()).isEqualTo(SpanKind.CLIENT);
    }

    @Test
    void theAdminSendDispatchesWithinTheRequestsTrace() throws Exception {
        client.post("/api/v1/communications/send", """
                {"subject":"Now","body":"Sent at once","channels":["Email"],"emailAddress":"ops@example.com","isHtml":false}""",
                platformAdminToken());

        waitFor(() -> named("provider email").size() == 1);
        SpanData request = only(SPANS.getFinishedSpanItems().stream()
                .filter(span -> span.getName().equals("POST /api/v1/communications/send")).toList());
        assertThat(only(named("dispatch email")).getParentSpanId()).isEqualTo(request.getSpanId());
        assertThat(only(named("provider email")).getTraceId()).isEqualTo(request.getTraceId());
    }

    private static List<SpanData> named(String name) {
        return SPANS.getFinishedSpanItems().stream().filter(span -> span.getName().equals(name)).toList();
    }

    private static SpanData only(List<SpanData> spans) {
        assertThat(spans).hasSize(1);
        return spans.get(0);
    }

    /** The gateway's SDK, with its spans kept in memory instead of exported. */
    @Factory
    static class SpansInMemory {

        @Singleton
        @Requires(property = "switchboard.tracing.enabled", value = "true")
        @Replaces(bean = OpenTelemetrySdk.class, factory = TelemetryFactory.class)
        OpenTelemetrySdk openTelemetry() {
            return OpenTelemetrySdk.builder()
                    .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(SPANS)).build())
                    .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
                    .build();
        }
    }
}
