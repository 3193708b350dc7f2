package switchboard.adapter.out.telemetry;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import switchboard.application.telemetry.port.Tracing;

/**
 * The application's spans as OpenTelemetry spans, their contexts carried as W3C traceparents; lines
 * logged within a span name it (see {@link TraceFields}).
 */
public final class OpenTelemetryTracing implements Tracing {

    private final Tracer tracer;

    public OpenTelemetryTracing(OpenTelemetry openTelemetry) {
        this.tracer = openTelemetry.getTracer("switchboard");
    }

    @Override
    public <T> T inSpan(Optional<String> parent, String name, Kind kind, Map<String, String> attributes, Supplier<T> work) {
        Context parentContext = parent.map(TraceParent::read).orElseGet(Context::current);
        SpanBuilder builder = tracer.spanBuilder(name).setParent(parentContext).setSpanKind(SpanKind.valueOf(kind.name()));
        attributes.forEach(builder::setAttribute);
        Span span = builder.startSpan();
        try (Scope ignored = span.makeCurrent(); TraceFields inLog = TraceFields.of(span.getSpanContext())) {
            return work.get();
        } catch (RuntimeException | Error failure) {
            span.recordException(failure);
            span.setStatus(StatusCode.ERROR);
            throw failure;
        } finally {
            span.end();
        }
    }

    @Override
    public Optional<String> currentContext() {
        return TraceParent.ofCurrentSpan();
    }
}
