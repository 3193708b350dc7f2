package switchboard.adapter.out.telemetry;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A span's context as the W3C {@code traceparent} the application carries it in (55 characters), and back. */
final class TraceParent {

    private static final String HEADER = "traceparent";
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

    private TraceParent() {
    }

    /** The context whose span is the one the traceparent names (the root context if it names none). */
    static Context read(String traceparent) {
        return W3C.extract(Context.root(), Map.of(HEADER, traceparent), FROM_MAP);
    }

    static SpanContext spanOf(String traceparent) {
        return Span.fromContext(read(traceparent)).getSpanContext();
    }

    /** The current span's traceparent; empty when no span is current. */
    static Optional<String> ofCurrentSpan() {
        if (!Span.current().getSpanContext().isValid()) {
            return Optional.empty();
        }
        Map<String, String> carrier = new HashMap<>();
        W3C.inject(Context.current(), carrier, Map::put);
        return Optional.ofNullable(carrier.get(HEADER));
    }
}
