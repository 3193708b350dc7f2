package switchboard.adapter.out.telemetry;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import switchboard.application.telemetry.port.Tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpenTelemetryTracingTest {

    private final InMemorySpanExporter spans = InMemorySpanExporter.create();
    private final Tracing tracing = new OpenTelemetryTracing(OpenTelemetrySdk.builder()
            .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build()).build());

    @Test
    void aSpanStartedFromAStoredContextJoinsThatTraceUnderThatSpan() {
        Optional<String> stored = tracing.inSpan(Optional.empty(), "request", Tracing.Kind.INTERNAL, Map.of(),
                tracing::currentContext);

        tracing.inSpan(stored, "dispatch email", Tracing.Kind.CONSUMER, Map.of("switchboard.channel", "EMAIL"), () -> null);

        SpanData request = spans.getFinishedSpanItems().get(0);
        SpanData dispatch = spans.getFinishedSpanItems().get(1);
        assertThat(stored).hasValue("00-" + request.getTraceId() + "-" + request.getSpanId() + "-01");
        assertThat(dispatch.getTraceId()).isEqualTo(request.getTraceId());
        assertThat(dispatch.getParentSpanId()).isEqualTo(request.getSpanId());
        assertThat(dispatch.getKind()).isEqualTo(SpanKind.CONSUMER);
        assertThat(dispatch.getAttributes().asMap()).hasSize(1);
    }

    @Test
    void linesLoggedWithinASpanNameItAndAFailureMarksIt() {
        List<String> traceIds = new ArrayList<>();
        assertThatThrownBy(() -> tracing.inSpan(Optional.empty(), "store send", Tracing.Kind.INTERNAL, Map.of(), () -> {
            traceIds.add(MDC.get("trace_id"));
            throw new IllegalStateException("database gone");
        })).hasMessage("database gone");

        SpanData failed = spans.getFinishedSpanItems().get(0);
        assertThat(traceIds).containsExactly(failed.getTraceId());
        assertThat(MDC.get("trace_id")).as("taken out of the MDC with the span").isNull();
        assertThat(failed.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(tracing.currentContext()).as("no span current outside").isEmpty();
    }
}
