package switchboard.application.dispatch.port;

import java.time.Instant;
import java.util.List;

import switchboard.domain.delivery.Delivery;

/** The dispatch workers' side of the outbox. */
public interface DeliveryQueue {

    /**
     * Claims up to {@code limit} deliveries that are due at {@code now}, queued or held under an
     * expired lease, oldest due first. Claiming counts an attempt. No two workers ever hold the
     * same delivery under live leases.
     */
    List<ClaimedDelivery> claimDue(Lease lease, Instant now, int limit);

    /**
     * Stores the outcome of an attempt, if the delivery is still held under {@code lease}; false
     * if another worker took it over after the lease ran out, in which case nothing changes.
     */
    boolean record(Delivery delivery, Lease lease);
}
