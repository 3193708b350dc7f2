package switchboard.application.memory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import switchboard.application.telemetry.port.Tracing;

/** Tracing that keeps the spans it was asked for; a span's context is its name. */
public final class RecordingTracing implements Tracing {

    /** A span as it was started: its parent's context (the current span's when none was given), its name and kind. */
    public record Span(Optional<String> parent, String name, Kind kind, Map<String, String> attributes) {
    }

    private final ThreadLocal<Deque<String>> current = ThreadLocal.withInitial(ArrayDeque::new);
    private final List<Span> spans = new ArrayList<>();

    @Override
    public <T> T inSpan(Optional<String> parent, String name, Kind kind, Map<String, String> attributes, Supplier<T> work) {
        synchronized (spans) {
            spans.add(new Span(parent.or(this::currentContext), name, kind, attributes));
        }
        current.get().push(name);
        try {
            return work.get();
        } finally {
            current.get().pop();
        }
    }

    @Override
    public Optional<String> currentContext() {
        return Optional.ofNullable(current.get().peek());
    }

    public List<Span> spans() {
        synchronized (spans) {
            return List.copyOf(spans);
        }
    }
}
