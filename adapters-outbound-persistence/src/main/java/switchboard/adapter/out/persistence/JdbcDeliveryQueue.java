package switchboard.adapter.out.persistence;

import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import switchboard.application.dispatch.port.AttemptOutcome;
import switchboard.application.dispatch.port.ClaimedDelivery;
import switchboard.application.dispatch.port.DeliveryQueue;
import switchboard.application.dispatch.port.Lease;
import switchboard.domain.delivery.AttemptRecord;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.delivery.DeliveryId;
import switchboard.domain.delivery.DeliveryStatus;
import switchboard.domain.event.Event;
import switchboard.domain.message.Message;
import switchboard.domain.recipient.Channel;

/**
 * The outbox as the dispatch workers see it. Claims lock the rows they take with
 * {@code FOR UPDATE SKIP LOCKED}, so workers in any number of processes claim disjoint deliveries
 * without waiting on each other.
 *
 * <p>Claims read only the indexes of what can still be claimed (migrations V10 and V14), and each of their
 * queries reads a few index entries, however long the backlog or the history. On PostgreSQL the
 * indexes are partial, over queued deliveries and over those being sent, and hold nothing else;
 * the statuses are written into the SQL, not bound, so that PostgreSQL matches the queries to these
 * indexes in every plan it caches. H2 has no partial indexes: its indexes are led by the status,
 * whose finished rows lie in ranges a claim never reads; its queries are shaped for what its
 * planner can do (below).
 */
@Singleton
public class JdbcDeliveryQueue implements DeliveryQueue {

    /**
     * PostgreSQL: the queues (tenant and channel) with queued deliveries, found by skipping from one
     * to the next in the index (a probe per queue with queued work), and of those the ones with some
     * due at {@code ?}, again by a probe per queue: as a join, the planner may read every due delivery.
     * Each probe asks for the queue's earliest, so that (sorting being off for claims) it reads the
     * claims' index, never the tenant's and channel's, which holds every delivery ever made.
     */
    private static final String QUEUES_WITH_DUE_DELIVERIES_POSTGRESQL = """
            WITH RECURSIVE queue (tenant_id, channel) AS (
                (SELECT tenant_id, channel FROM delivery WHERE status = 'QUEUED' ORDER BY tenant_id, channel LIMIT 1)
                UNION ALL
                SELECT next.tenant_id, next.channel FROM queue q, LATERAL (
                    SELECT d.tenant_id, d.channel FROM delivery d
                    WHERE d.status = 'QUEUED' AND (d.tenant_id, d.channel) > (q.tenant_id, q.channel)
                    ORDER BY d.tenant_id, d.channel LIMIT 1) next
            )
            SELECT q.tenant_id, q.channel FROM queue q, LATERAL (
                SELECT 1 FROM delivery d WHERE d.status = 'QUEUED' AND d.tenant_id = q.tenant_id AND d.channel = q.channel
                AND d.not_before <= ? ORDER BY d.not_before LIMIT 1) due
            ORDER BY q.tenant_id, q.channel""";
    /**
     * H2: a probe per tenant of the gateway and channel. H2 cannot skip from one queue to the next in
     * an index (it reads the whole of the previous queue's entries), and the embedded database serves few.
     */
    private static final String QUEUES_WITH_DUE_DELIVERIES_H2 = "SELECT t.id, c.channel FROM tenant t, (VALUES "
            + Arrays.stream(Channel.values()).map(channel -> "('" + channel.name() + "')").collect(Collectors.joining(", "))
            + ") AS c (channel) WHERE EXISTS (SELECT 1 FROM delivery d WHERE d.status = 'QUEUED' AND d.tenant_id = t.id "
            + "AND d.channel = c.channel AND d.not_before <= ?) ORDER BY t.id, c.channel";
    /** A delivery's columns and the trace context its send was stored in, which its attempt continues. */
    private static final String CLAIMED_COLUMNS = DeliveryRows.COLUMNS + ", trace_context";
    private static final String DUE_OF_QUEUE_POSTGRESQL = "SELECT " + CLAIMED_COLUMNS + " FROM delivery "
            + "WHERE status = 'QUEUED' AND tenant_id = ? AND channel = ? AND not_before <= ? ORDER BY not_before LIMIT ? "
            + "FOR UPDATE SKIP LOCKED";
    /**
     * H2 locks (and reads) every row a {@code FOR UPDATE} query matches before it applies the limit,
     * and reads rows in index order only when the {@code ORDER BY} names the index's leading
     * columns: the rows are chosen by a query of their own, and only they are locked. Any of them
     * another claim took in between is skipped (one process uses an H2 database, with one claimer).
     */
    private static final String DUE_OF_QUEUE_H2 = "SELECT " + CLAIMED_COLUMNS + " FROM delivery "
            + "WHERE status = 'QUEUED' AND id IN (SELECT id FROM delivery WHERE status = 'QUEUED' AND tenant_id = ? "
            + "AND channel = ? AND not_before <= ? ORDER BY status, tenant_id, channel, not_before LIMIT ?) "
            + "ORDER BY not_before FOR UPDATE SKIP LOCKED";
    private static final String EXPIRED_LEASES = "SELECT " + CLAIMED_COLUMNS + " FROM delivery "
            + "WHERE status = 'SENDING' AND lease_until < ? ORDER BY lease_until LIMIT ? FOR UPDATE SKIP LOCKED";

    /**
     * How often a process's claims look for deliveries whose lease ran out: they are rare (a process
     * died, or the database stalled), and the look, planned afresh with every claim, took a seventh
     * of the claims' statement time while finding nothing.
     */
    static final Duration EXPIRED_LEASES_EVERY = Duration.ofSeconds(1);

    private final Database database;
    private final MessageRows messageRows;
    private final OutboxInserts inserts;
    private final String queuesWithDueDeliveries;
    private final String dueOfQueue;
    private final boolean postgresql;
    /** The queue served last by this process's previous claim: the next claim's turns start after it. */
    private final AtomicReference<Queue> lastQueueServed = new AtomicReference<>(new Queue("", ""));
    /** When this process's claims last looked for expired leases, by the claims' own clock. */
    private final AtomicReference<Instant> expiredLeasesLookedAt = new AtomicReference<>(Instant.MIN);

    public JdbcDeliveryQueue(Database database, MessageRows messageRows, OutboxInserts inserts) {
        this.database = database;
        this.messageRows = messageRows;
        this.inserts = inserts;
        this.postgresql = database.dialect() == SqlDialect.POSTGRESQL;
        this.queuesWithDueDeliveries = postgresql ? QUEUES_WITH_DUE_DELIVERIES_POSTGRESQL : QUEUES_WITH_DUE_DELIVERIES_H2;
        this.dueOfQueue = postgresql ? DUE_OF_QUEUE_POSTGRESQL : DUE_OF_QUEUE_H2;
    }

    @Override
    public List<ClaimedDelivery> claimDue(Lease lease, Instant clockTime, int limit) {
        // Timestamps are kept in microseconds, rounded (PostgreSQL) or cut (H2): compared at the clock's nanoseconds,
        // a not-before time rounded up past them would pass the query and fail the delivery's own check.
        Instant now = clockTime.truncatedTo(ChronoUnit.MICROS);
        return database.write(connection -> {
            database.planOnceByKeys(connection);
            Map<DeliveryId, String> traceContexts = new HashMap<>();
            Database.RowMapper<Delivery> rows = keepingTraceContext(traceContexts);
            List<Delivery> due = new ArrayList<>();
            if (timeToLookForExpiredLeases(now)) {
                due.addAll(Database.query(connection, EXPIRED_LEASES, rows, now, limit));
            }
            due.addAll(dueSharedAmongQueues(connection, rows, now, limit - due.size()));
            if (due.isEmpty()) {
                return List.of();
            }
            List<Delivery> claimed = DeliveryRows.withCredentials(connection, due).stream().map(delivery -> delivery.claim(now)).toList();
            // One statement for them all: this transaction holds their rows, so each moves in it as Delivery.claim says.
            List<UUID> ids = claimed.stream().map(delivery -> delivery.id().value()).toList();
            for (int start = 0; start < ids.size(); start += DeliveryRows.IN_LIST_CHUNK) {
                List<UUID> chunk = ids.subList(start, Math.min(ids.size(), start + DeliveryRows.IN_LIST_CHUNK));
                List<Object> parameters = new ArrayList<>(List.of(DeliveryStatus.SENDING.name(), lease.owner(), lease.until(), now));
                parameters.addAll(chunk);
                Database.update(connection, "UPDATE delivery SET status = ?, attempts = attempts + 1, lease_owner = ?, "
                        + "lease_until = ?, updated_at = ? WHERE id IN (" + Database.placeholders(chunk.size()) + ")",
                        parameters.toArray());
            }
            Map<UUID, Message> messages = messageRows.load(connection,
                    claimed.stream().map(delivery -> delivery.messageId().value()).distinct().toList());
            return claimed.stream()
                    .map(delivery -> new ClaimedDelivery(delivery, messages.get(delivery.messageId().value()), lease,
                            Optional.ofNullable(traceContexts.get(delivery.id()))))
                    .toList();
        });
    }

    /**
     * Whether to look for expired leases now, noting the look: not if the last one was less than
     * {@link #EXPIRED_LEASES_EVERY} before {@code now}.
     */
    private boolean timeToLookForExpiredLeases(Instant now) {
        Instant last = expiredLeasesLookedAt.get();
        if (!now.isAfter(last) || !now.isBefore(last.plus(EXPIRED_LEASES_EVERY))) {
            expiredLeasesLookedAt.set(now);
            return true;
        }
        return false;
    }

    /** Reads a claimed row's delivery, keeping its trace context, if it has one, in {@code traceContexts}. */
    private static Database.RowMapper<Delivery> keepingTraceContext(Map<DeliveryId, String> traceContexts) {
        return row -> {
            Delivery delivery = DeliveryRows.delivery(row);
            String traceContext = row.getString("trace_context");
            if (traceContext != null) {
                traceContexts.put(delivery.id(), traceContext);
            }
            return delivery;
        };
    }

    /**
     * Up to {@code limit} due queued deliveries: an equal share for each queue (a tenant's deliveries
     * over one channel) with some due, taken in turn from the one after the queue the previous claim
     * served last, then what the queues left of their shares from those that filled theirs.
     * Interleaved by queue, so that the sending threads take them in turn too.
     */
    private List<Delivery> dueSharedAmongQueues(Connection connection, Database.RowMapper<Delivery> rows, Instant now,
                                                int limit) throws SQLException {
        if (limit <= 0) {
            return List.of();
        }
        List<Queue> queues = inTurn(Database.query(connection, queuesWithDueDeliveries,
                row -> new Queue(row.getString(1), row.getString(2)), now), limit);
        if (queues.isEmpty()) {
            return List.of();
        }
        int share = Math.max(1, limit / queues.size());
        int left = limit;
        Map<Queue, List<Delivery>> byQueue = new LinkedHashMap<>();
        for (Queue queue : queues) {
            List<Delivery> taken = new ArrayList<>(dueOf(connection, rows, queue, now, Math.min(share, left)));
            byQueue.put(queue, taken);
            left -= taken.size();
        }
        for (Queue queue : queues) {
            List<Delivery> taken = byQueue.get(queue);
            if (left == 0) {
                break;
            }
            if (taken.size() == share) {
                // The rows taken above come back too: SKIP LOCKED skips only other transactions' locks.
                Set<DeliveryId> already = new HashSet<>(taken.stream().map(Delivery::id).toList());
                List<Delivery> more = dueOf(connection, rows, queue, now, taken.size() + left).stream()
                        .filter(delivery -> !already.contains(delivery.id())).limit(left).toList();
                taken.addAll(more);
                left -= more.size();
            }
        }
        lastQueueServed.set(queues.get(queues.size() - 1));
        return interleaved(byQueue.values());
    }

    private List<Delivery> dueOf(Connection connection, Database.RowMapper<Delivery> rows, Queue queue, Instant now,
                                 int limit) throws SQLException {
        return Database.query(connection, dueOfQueue, rows, queue.tenantId(), queue.channel(), now, limit);
    }

    /** At most {@code limit} of the queues (in order), from the one after the queue served last. */
    private List<Queue> inTurn(List<Queue> queues, int limit) {
        Queue last = lastQueueServed.get();
        List<Queue> turns = new ArrayList<>(queues.stream().filter(queue -> queue.compareTo(last) > 0).toList());
        turns.addAll(queues.stream().filter(queue -> queue.compareTo(last) <= 0).toList());
        return turns.subList(0, Math.min(limit, turns.size()));
    }

    private static List<Delivery> interleaved(Iterable<List<Delivery>> lists) {
        List<Delivery> result = new ArrayList<>();
        for (int position = 0; ; position++) {
            int added = 0;
            for (List<Delivery> list : lists) {
                if (position < list.size()) {
                    result.add(list.get(position));
                    added++;
                }
            }
            if (added == 0) {
                return result;
            }
        }
    }

    @Override
    public Set<DeliveryId> recordAll(List<AttemptOutcome> outcomes) {
        if (outcomes.isEmpty()) {
            return Set.of();
        }
        List<Delivery> deliveries = outcomes.stream().map(AttemptOutcome::delivery).toList();
        List<String> owners = outcomes.stream().map(outcome -> outcome.lease().owner()).toList();
        return database.write(connection -> {
            database.planOnceByKeys(connection);
            boolean[] written = postgresql
                    ? DeliveryRows.updateAllLeased(connection, deliveries, owners)
                    : DeliveryRows.updateAll(connection, deliveries, "status = ? AND lease_owner = ?",
                            owners.stream().map(owner -> new Object[] {DeliveryStatus.SENDING.name(), owner}).toList());
            Set<DeliveryId> refused = new HashSet<>();
            List<AttemptRecord> history = new ArrayList<>();
            List<AttemptOutcome> stored = new ArrayList<>();
            for (int i = 0; i < written.length; i++) {
                if (written[i]) {
                    outcomes.get(i).attempt().ifPresent(history::add);
                    stored.add(outcomes.get(i));
                } else {
                    refused.add(deliveries.get(i).id());
                }
            }
            inserts.insertHistory(connection, history);
            inserts.insertEvents(connection, stored.stream().map(outcome -> outcome.delivery().tenantId()).collect(Collectors.toSet()),
                    () -> stored.stream().flatMap(outcome -> Event.of(outcome.delivery(), outcome.attempt()).stream()));
            return refused;
        });
    }

    /** A tenant's queued deliveries over one channel: what a claim shares itself among. */
    private record Queue(String tenantId, String channel) implements Comparable<Queue> {

        private static final Comparator<Queue> ORDER = Comparator.comparing(Queue::tenantId).thenComparing(Queue::channel);

        @Override
        public int compareTo(Queue other) {
            return ORDER.compare(this, other);
        }
    }
}
