package switchboard.application.event.port;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import switchboard.application.dispatch.port.Lease;
import switchboard.application.event.EventAttempt;
import switchboard.application.event.EventSelection;
import switchboard.application.shared.PageRequest;
import switchboard.domain.tenant.TenantId;

/**
 * The events waiting for the tenants' endpoints, each endpoint's in the order they were stored,
 * and the log of their posts. The events themselves are stored by the transactions that make the
 * changes they report, for the endpoints that want them.
 */
public interface EventOutbox {

    /**
     * Claims up to {@code endpoints} endpoints that have events waiting and may be posted to now
     * (not paused, not waiting to retry, not held under another live lease), each with its first
     * {@code eventsPerEndpoint} waiting events. No two relays hold the same endpoint under live leases.
     */
    List<ClaimedEndpoint> claim(Lease lease, Instant now, int endpoints, int eventsPerEndpoint);

    /**
     * Stores a round's outcome in one transaction, if the endpoint is still held under the round's
     * lease, and lets the endpoint go.
     *
     * @return false if the lease had run out and another relay took the endpoint: nothing was stored
     */
    boolean record(RoundOutcome outcome);

    /** The endpoint's log of posts, newest first. */
    List<EventAttempt> attempts(TenantId tenantId, UUID endpointId, PageRequest page);

    /** Every tenant's events waiting, by the state of their endpoint, for the metrics. */
    EventBacklog backlog();

    /** How many events wait for the endpoint. */
    long waiting(TenantId tenantId, UUID endpointId);

    /**
     * Queues the tenant's stored events that the selection picks, and that the endpoint wants, to
     * be posted to it again, after those already waiting, in the order they were first stored.
     *
     * @return how many were queued
     */
    int replay(TenantId tenantId, UUID endpointId, EventSelection selection);
}
