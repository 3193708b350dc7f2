package switchboard.adapter.out.telemetry;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import switchboard.application.telemetry.port.Tracing;

/** Tracing off: the work runs as it is, and nothing is kept with the deliveries. */
public final class NoTracing implements Tracing {

    @Override
    public <T> T inSpan(Optional<String> parent, String name, Kind kind, Map<String, String> attributes, Supplier<T> work) {
        return work.get();
    }

    @Override
    public Optional<String> currentContext() {
        return Optional.empty();
    }
}
