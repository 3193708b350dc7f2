package switchboard.application.dispatch.port;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import switchboard.domain.delivery.Delivery;
import switchboard.domain.delivery.DeliveryId;

/** The dispatch workers' side of the outbox. */
public interface DeliveryQueue {

    /**
     * Claims up to {@code limit} deliveries that are due at {@code now}. Those held under an
     * expired lease come first, oldest lease first: they have waited longest (an implementation may
     * look for them less often than every claim, once a second at least). Queued deliveries
     * are then shared among the tenants that have some due, so that one tenant's backlog never
     * keeps another's send waiting: each such tenant gets an equal share of the claim, its oldest
     * due first, and what one leaves of its share goes to those that have more. When more tenants
     * have due work than the claim has room for, successive claims take them in turn. Claiming
     * counts an attempt. No two workers ever hold the same delivery under live leases.
     */
    List<ClaimedDelivery> claimDue(Lease lease, Instant now, int limit);

    /**
     * Stores the outcomes of attempts in one transaction, each only if its delivery is still held
     * under the lease it was sent under, and with each outcome stored the entry it adds to its
     * delivery's history.
     *
     * @return the deliveries that another worker took over after their lease ran out: their
     *         outcomes were not stored, and nothing changed for them
     */
    Set<DeliveryId> recordAll(List<AttemptOutcome> outcomes);

    /** Stores one outcome as {@link #recordAll} does; false if another worker took the delivery over. */
    default boolean record(Delivery delivery, Lease lease) {
        return recordAll(List.of(new AttemptOutcome(delivery, lease))).isEmpty();
    }
}
