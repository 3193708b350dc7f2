package switchboard.application.dispatch.port;

import java.util.Objects;
import java.util.Optional;

import switchboard.domain.delivery.AttemptRecord;
import switchboard.domain.delivery.Delivery;

/**
 * A delivery in the state an attempt left it in, to be recorded under the lease it was sent under.
 *
 * @param traceContext the context of the attempt's span, for the delivery log; empty when none was recorded
 * @param attempt      the entry the attempt adds to the delivery's history, stored with the delivery's new state; empty
 *                     for a delivery handed back unattempted
 */
public record AttemptOutcome(Delivery delivery, Lease lease, Optional<String> traceContext, Optional<AttemptRecord> attempt) {

    public AttemptOutcome {
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(traceContext, "traceContext");
        Objects.requireNonNull(attempt, "attempt");
    }

    /** A delivery that was not attempted (handed back): nothing to add to its history. */
    public AttemptOutcome(Delivery delivery, Lease lease, Optional<String> traceContext) {
        this(delivery, lease, traceContext, Optional.empty());
    }

    /** An outcome outside any trace, with no entry for the delivery's history. */
    public AttemptOutcome(Delivery delivery, Lease lease) {
        this(delivery, lease, Optional.empty());
    }
}
