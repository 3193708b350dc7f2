package switchboard.application.dispatch.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import switchboard.domain.tenant.TenantId;

/**
 * Counts the outbox's unfinished and dead deliveries, for the gateway's metrics and the console's
 * overview, and the deliveries that finished lately. Every count reads indexes of the few rows it
 * counts, never the whole history.
 */
public interface OutboxCensus {

    /** Every tenant's deliveries queued, due, scheduled, being sent and dead at {@code now}, by channel, in one read. */
    default OutboxCount count(Instant now) {
        return count(Optional.empty(), now);
    }

    /** The deliveries queued, due, scheduled, being sent and dead at {@code now}: one tenant's, or every tenant's when empty. */
    OutboxCount count(Optional<TenantId> tenant, Instant now);

    /**
     * The deliveries that finished ({@link FinishedMinute#FINISHED}) at or after {@code since}, counted by
     * channel, status and the minute of their last change: one tenant's, or every tenant's when empty.
     */
    List<FinishedMinute> finishedSince(Optional<TenantId> tenant, Instant since);
}
