package switchboard.application.telemetry.port;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Spans of the trace that follows a message from its request through its store to each
 * delivery's attempt. A span's context travels as an opaque string, stored with the deliveries,
 * so that the attempt, made later and maybe by another process, joins the request's trace. With
 * tracing off every call only runs its work.
 */
public interface Tracing {

    /** What a span stands for, as tracing backends group spans. */
    enum Kind { INTERNAL, PRODUCER, CONSUMER, CLIENT }

    /**
     * Runs the work in a span and returns its result.
     *
     * @param parent the context of the span to continue, as {@link #currentContext} gave it; empty for a
     *               child of the span current on this thread, or a new trace when there is none
     */
    <T> T inSpan(Optional<String> parent, String name, Kind kind, Map<String, String> attributes, Supplier<T> work);

    /** The context of the span current on this thread, to store with what it makes; empty when none is recorded. */
    Optional<String> currentContext();
}
