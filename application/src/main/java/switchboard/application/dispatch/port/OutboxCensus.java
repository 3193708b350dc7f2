package switchboard.application.dispatch.port;

import java.time.Instant;

/** Counts the outbox's unfinished and dead deliveries, for the gateway's metrics. */
public interface OutboxCensus {

    /** The deliveries queued, due, scheduled, being sent and dead at {@code now}, by channel, in one read. */
    OutboxCount count(Instant now);
}
