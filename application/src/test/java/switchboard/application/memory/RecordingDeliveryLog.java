package switchboard.application.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import switchboard.application.telemetry.port.DeliveryLog;
import switchboard.domain.delivery.Delivery;

/** The delivery log as a list of the states it was given, in order, with their trace contexts. */
public final class RecordingDeliveryLog implements DeliveryLog {

    /** A line of the log. */
    public record Line(Delivery delivery, Optional<String> traceContext) {
    }

    private final List<Line> lines = new ArrayList<>();

    @Override
    public synchronized void changed(Delivery delivery, Optional<String> traceContext) {
        lines.add(new Line(delivery, traceContext));
    }

    public synchronized List<Delivery> changes() {
        return lines.stream().map(Line::delivery).toList();
    }

    public synchronized List<Line> lines() {
        return List.copyOf(lines);
    }
}
