package switchboard.application.dispatch.port;

import java.util.Objects;
import java.util.Optional;

import switchboard.domain.delivery.Delivery;

/**
 * A delivery in the state an attempt left it in, to be recorded under the lease it was sent under.
 *
 * @param traceContext the context of the attempt's span, for the delivery log; empty when none was recorded
 */
public record AttemptOutcome(Delivery delivery, Lease lease, Optional<String> traceContext) {

    public AttemptOutcome {
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(traceContext, "traceContext");
    }

    /** An outcome outside any trace. */
    public AttemptOutcome(Delivery delivery, Lease lease) {
        this(delivery, lease, Optional.empty());
    }
}
