package switchboard.adapter.out.telemetry;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import switchboard.application.telemetry.port.Tracing;

/**
 * The application's spans as OpenTelemetry spans. A span's context travels as its W3C
 * {@code traceparent} (55 characters), the form the deliveries keep it in.
 */
public final class OpenTelemetryTracing implements Tracing {

    private static final String TRACEPARENT = "traceparent";
    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();
    private static final TextMapGetter<Map<String, String>> FROM_MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private final Tracer tracer;

    public OpenTelemetryTracing(OpenTelemetry openTelemetry) {
        this.tracer = openTelemetry.getTracer("switchboard");
    }

    @Override
    public <T> T inSpan(Optional<String> parent, String name, Kind kind, Map<String, String> attributes, Supplier<T> work) {
        Context parentContext = parent.map(stored -> W3C.extract(Context.root(), Map.of(TRACEPARENT, stored), FROM_MAP))
                .orElseGet(Context::current);
        SpanBuilder builder = tracer.spanBuilder(name).setParent(parentContext).setSpanKind(SpanKind.valueOf(kind.name()));
        attributes.forEach(builder::setAttribute);
        Span span = builder.startSpan();
        try (Scope ignored = span.makeCurrent()) {
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
        if (!Span.current().getSpanContext().isValid()) {
            return Optional.empty();
        }
        Map<String, String> carrier = new HashMap<>();
        W3C.inject(Context.current(), carrier, Map::put);
        return Optional.ofNullable(carrier.get(TRACEPARENT));
    }
}
