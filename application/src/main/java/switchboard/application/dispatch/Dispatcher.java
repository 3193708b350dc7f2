package switchboard.application.dispatch;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import switchboard.application.dispatch.port.ClaimedDelivery;
import switchboard.application.dispatch.port.Lease;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.delivery.DeliveryId;

/**
 * What other features ask of dispatch once they have stored deliveries: that the workers look for
 * them now, or that deliveries claimed as they were stored are sent at once while the caller
 * waits a while for the outcome. {@link DispatchWorker} is the implementation.
 */
public interface Dispatcher {

    /** Tells the workers that stored deliveries may be due, so that they look now rather than at their next poll. */
    void wakeUp();

    /** A lease to store deliveries under, already claimed, before handing them to {@link #deliverNow}. */
    Lease newLease();

    /**
     * Sends deliveries claimed under a lease from {@link #newLease}, all at once, and waits up to
     * {@code budget} for them. Attempts still running then go on in the background.
     *
     * @return every delivery in its latest state: after its attempt, or still sending
     */
    Map<DeliveryId, Delivery> deliverNow(List<ClaimedDelivery> claimed, Duration budget);
}
