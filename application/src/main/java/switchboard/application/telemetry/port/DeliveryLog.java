package switchboard.application.telemetry.port;

import java.util.Optional;

import switchboard.domain.delivery.Delivery;

/**
 * The operator's log of deliveries: one line for each state a delivery reaches, once that state
 * is stored, with the delivery's facts (ids, tenant, channel, state, attempt) and never its content.
 */
public interface DeliveryLog {

    /**
     * @param traceContext the context of the span the state was reached in (see {@link Tracing}), which the line
     *                     names; empty when none was recorded
     */
    void changed(Delivery delivery, Optional<String> traceContext);
}
