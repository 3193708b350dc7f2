package switchboard.adapter.out.telemetry;

import io.opentelemetry.api.trace.SpanContext;
import org.slf4j.MDC;

/**
 * A span's ids in the MDC ({@value #TRACE_ID}, {@value #SPAN_ID}, as OpenTelemetry names them), so
 * that JSON logs name the span a line was written in; closing puts back what was there before.
 */
final class TraceFields implements AutoCloseable {

    static final String TRACE_ID = "trace_id";
    static final String SPAN_ID = "span_id";

    private final String previousTraceId;
    private final String previousSpanId;

    private TraceFields(SpanContext span) {
        previousTraceId = MDC.get(TRACE_ID);
        previousSpanId = MDC.get(SPAN_ID);
        if (span.isValid()) {
            MDC.put(TRACE_ID, span.getTraceId());
            MDC.put(SPAN_ID, span.getSpanId());
        }
    }

    static TraceFields of(SpanContext span) {
        return new TraceFields(span);
    }

    @Override
    public void close() {
        restore(TRACE_ID, previousTraceId);
        restore(SPAN_ID, previousSpanId);
    }

    private static void restore(String key, String previous) {
        if (previous == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, previous);
        }
    }
}
