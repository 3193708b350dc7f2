package switchboard.application.memory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import switchboard.application.telemetry.port.DeliveryLog;
import switchboard.domain.delivery.Delivery;

/** The delivery log as a list of the states it was given, in order. */
public final class RecordingDeliveryLog implements DeliveryLog {

    private final List<Delivery> changes = new ArrayList<>();

    @Override
    public synchronized void changed(Collection<Delivery> deliveries) {
        changes.addAll(deliveries);
    }

    public synchronized List<Delivery> changes() {
        return List.copyOf(changes);
    }
}
