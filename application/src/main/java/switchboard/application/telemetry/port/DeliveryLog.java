package switchboard.application.telemetry.port;

import java.util.Collection;

import switchboard.domain.delivery.Delivery;

/**
 * The operator's log of deliveries: one line for each state a delivery reaches, once that state
 * is stored, with the delivery's facts (ids, tenant, channel, state, attempt) and never its content.
 */
public interface DeliveryLog {

    void changed(Collection<Delivery> deliveries);
}
