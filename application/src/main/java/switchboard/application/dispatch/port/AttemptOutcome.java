package switchboard.application.dispatch.port;

import java.util.Objects;

import switchboard.domain.delivery.Delivery;

/** A delivery in the state an attempt left it in, to be recorded under the lease it was sent under. */
public record AttemptOutcome(Delivery delivery, Lease lease) {

    public AttemptOutcome {
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(lease, "lease");
    }
}
