package switchboard.adapter.out.persistence;

import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

import switchboard.application.dispatch.port.Lease;
import switchboard.application.event.EventSelection;
import switchboard.application.event.port.ClaimedEndpoint;
import switchboard.application.event.EventAttempt;
import switchboard.application.event.port.EventBacklog;
import switchboard.application.event.port.EventOutbox;
import switchboard.application.event.port.QueuedEvent;
import switchboard.application.event.port.RoundOutcome;
import switchboard.application.shared.PageRequest;
import switchboard.domain.delivery.SealedCredentials;
import switchboard.domain.event.Event;
import switchboard.domain.event.EventEndpoint;
import switchboard.domain.event.EventType;
import switchboard.domain.tenant.TenantId;

/**
 * The endpoints' queues of events. Endpoints are claimed with {@code FOR UPDATE SKIP LOCKED} under
 * a lease written on their row, so that relays in any number of processes post to disjoint
 * endpoints, and an endpoint's events are posted by one relay at a time, in their order.
 */
@Singleton
public class JdbcEventOutbox implements EventOutbox {

    private static final String CLAIMABLE = "SELECT id FROM event_endpoint e WHERE paused_reason IS NULL "
            + "AND next_round_at <= ? AND (lease_until IS NULL OR lease_until < ?) "
            + "AND EXISTS (SELECT 1 FROM event_queue q WHERE q.endpoint_id = e.id) "
            + "ORDER BY next_round_at LIMIT ?";
    private static final String EVENT_COLUMNS = "ev.id, ev.tenant_id, ev.type, ev.message_id, ev.delivery_id, "
            + "ev.occurred_at, ev.channel, ev.recipient, ev.attempt, ev.error, ev.provider, ev.provider_ref, m.origin, m.campaign_id";
    /** The events an entry of the queue holds. */
    private static final String WAITING = "CARDINALITY(q.event_ids)";
    /** Entries read at once for a claim: enough for a round of the usual transactions' events. */
    private static final int ENTRIES_READ_AT_ONCE = 16;
    private static final String ATTEMPT_COLUMNS = "endpoint_id, event_id, type, attempted_at, delivered, status, latency_ms, detail";

    private final Database database;
    private final OutboxInserts inserts;
    /**
     * Locks the endpoints claimed no more than the claim needs: nothing that refers to an endpoint's
     * row waits for it (since V40 no key refers to it on PostgreSQL; H2's checks of keys take no lock).
     */
    private final String claimable;

    public JdbcEventOutbox(Database database, OutboxInserts inserts) {
        this.database = database;
        this.inserts = inserts;
        this.claimable = CLAIMABLE + " " + database.dialect().lockForUpdateOfNonKeys() + " SKIP LOCKED";
    }

    @Override
    public List<ClaimedEndpoint> claim(Lease lease, Instant now, int endpoints, int eventsPerEndpoint) {
        return database.write(connection -> {
            database.planOnceByKeys(connection);
            List<UUID> ids = Database.query(connection, claimable, row -> Database.uuid(row, "id"), now, now, endpoints);
            List<ClaimedEndpoint> claimed = new ArrayList<>(ids.size());
            for (UUID id : ids) {
                Database.update(connection, "UPDATE event_endpoint SET lease_owner = ?, lease_until = ? WHERE id = ?",
                        lease.owner(), lease.until(), id);
                List<QueuedEvent> events = waitingEvents(connection, id, eventsPerEndpoint);
                claimed.add(Database.queryOne(connection, "SELECT " + JdbcEventEndpointStore.COLUMNS
                        + ", secrets, previous_secret_until, failures FROM event_endpoint WHERE id = ?", row -> new ClaimedEndpoint(
                                JdbcEventEndpointStore.endpoint(row), new SealedCredentials(row.getBytes("secrets")),
                                Optional.ofNullable(Database.instant(row, "previous_secret_until")), row.getInt("failures"), lease,
                                events), id).orElseThrow());
            }
            return claimed;
        });
    }

    @Override
    public boolean record(RoundOutcome outcome) {
        ClaimedEndpoint claimed = outcome.claimed();
        UUID id = claimed.endpoint().id();
        return database.write(connection -> {
            // A round's record lost with the database's crash has its events posted again: at least once still holds,
            // and the sends' commits do not queue behind this one's for the disk.
            database.commitWithoutWaitingForTheDisk(connection);
            // Its queue's statements are the claim's too: both use the plans made once by keys.
            database.planOnceByKeys(connection);
            // The lease is checked and given back by one update, which locks no more than it changes.
            int held = Database.update(connection, "UPDATE event_endpoint SET failures = ?, failing_since = ?, "
                            + "next_round_at = ?, paused_reason = COALESCE(?, paused_reason), lease_owner = NULL, lease_until = NULL "
                            + "WHERE id = ? AND lease_owner = ?", outcome.failures(), outcome.failingSince().orElse(null),
                    outcome.nextRound(), outcome.pausedReason().orElse(null), id, claimed.lease().owner());
            if (held == 0) {
                return false;
            }
            takeOff(connection, outcome.posted());
            inserts.insertRows(connection, "event_attempt", ATTEMPT_COLUMNS,
                    outcome.attempts().stream().map(JdbcEventOutbox::attemptRow).toList());
            return true;
        });
    }

    @Override
    public List<EventAttempt> attempts(TenantId tenantId, UUID endpointId, PageRequest page) {
        return database.read(connection -> Database.query(connection, "SELECT a.endpoint_id, a.event_id, a.type, "
                        + "a.attempted_at, a.delivered, a.status, a.latency_ms, a.detail FROM event_attempt a "
                        + "JOIN event_endpoint e ON e.id = a.endpoint_id WHERE a.endpoint_id = ? AND e.tenant_id = ? "
                        + "ORDER BY a.attempted_at DESC LIMIT ? OFFSET ?", row -> {
                    Integer status = row.getObject("status", Integer.class);
                    return new EventAttempt(Database.uuid(row, "endpoint_id"), Database.uuid(row, "event_id"),
                            EventType.named(row.getString("type")).orElseThrow(), Database.instant(row, "attempted_at"),
                            row.getBoolean("delivered"), status == null ? OptionalInt.empty() : OptionalInt.of(status),
                            row.getLong("latency_ms"), row.getString("detail"));
                }, endpointId, tenantId.value(), page.limit(), page.offset()));
    }

    @Override
    public EventBacklog backlog() {
        return database.read(connection -> Database.queryOne(connection, "SELECT "
                + "COALESCE(SUM(CASE WHEN e.paused_reason IS NOT NULL THEN " + WAITING + " ELSE 0 END), 0) AS paused, "
                + "COALESCE(SUM(CASE WHEN e.paused_reason IS NULL AND e.failing_since IS NOT NULL THEN " + WAITING
                + " ELSE 0 END), 0) AS failing, "
                + "COALESCE(SUM(" + WAITING + "), 0) AS waiting FROM event_queue q JOIN event_endpoint e ON e.id = q.endpoint_id",
                row -> {
                    long paused = row.getLong("paused");
                    long failing = row.getLong("failing");
                    return new EventBacklog(row.getLong("waiting") - paused - failing, failing, paused);
                }).orElseThrow());
    }

    @Override
    public long waiting(TenantId tenantId, UUID endpointId) {
        return database.read(connection -> Database.queryOne(connection, "SELECT COALESCE(SUM(" + WAITING + "), 0) AS waiting "
                + "FROM event_queue q "
                + "JOIN event_endpoint e ON e.id = q.endpoint_id WHERE q.endpoint_id = ? AND e.tenant_id = ?",
                row -> row.getLong("waiting"), endpointId, tenantId.value()).orElse(0L));
    }

    @Override
    public int replay(TenantId tenantId, UUID endpointId, EventSelection selection) {
        return database.write(connection -> {
            Optional<EventEndpoint> endpoint = Database.queryOne(connection, "SELECT " + JdbcEventEndpointStore.COLUMNS
                    + " FROM event_endpoint WHERE id = ? AND tenant_id = ?", JdbcEventEndpointStore::endpoint, endpointId,
                    tenantId.value());
            if (endpoint.isEmpty()) {
                return 0;
            }
            StringBuilder where = new StringBuilder("tenant_id = ?");
            List<Object> parameters = new ArrayList<>(List.of(tenantId.value()));
            selection.message().ifPresent(message -> {
                where.append(" AND message_id = ?");
                parameters.add(message.value());
            });
            selection.from().ifPresent(from -> {
                where.append(" AND occurred_at >= ?");
                parameters.add(from);
            });
            selection.until().ifPresent(until -> {
                where.append(" AND occurred_at < ?");
                parameters.add(until);
            });
            if (!endpoint.get().events().isEmpty()) {
                List<String> types = endpoint.get().events().stream().map(EventType::wireName).toList();
                where.append(" AND type IN (").append(Database.placeholders(types.size())).append(')');
                parameters.addAll(types);
            }
            return queueAgain(connection, endpointId, "SELECT id FROM " + EventRows.TABLE + " WHERE " + where
                    + " ORDER BY occurred_at, id", parameters.toArray());
        });
    }

    /** Queues the events the query selects for the endpoint, in the query's order, without holding them all at once. */
    private int queueAgain(Connection connection, UUID endpointId, String eventIds, Object... parameters) throws SQLException {
        int queued = 0;
        try (PreparedStatement statement = connection.prepareStatement(eventIds)) {
            statement.setFetchSize(OutboxInserts.EVENTS_PER_QUEUE_ENTRY);
            Database.bind(statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                List<UUID> entry = new ArrayList<>();
                while (rows.next()) {
                    entry.add(Database.uuid(rows, "id"));
                    if (entry.size() == OutboxInserts.EVENTS_PER_QUEUE_ENTRY) {
                        inserts.queue(connection, endpointId, entry);
                        queued += entry.size();
                        entry.clear();
                    }
                }
                inserts.queue(connection, endpointId, entry);
                return queued + entry.size();
            }
        }
    }

    /**
     * The endpoint's first events in its queue, entry after entry until there are enough. In simple
     * queries rather than one join: a join's plan rests on the tables' statistics, which lag behind
     * a queue that grows by thousands a minute, and a plan made for a few rows reads the whole queue
     * for each claim. Events no longer stored (purged with their message while they waited) are taken
     * off the queue here.
     */
    private static List<QueuedEvent> waitingEvents(Connection connection, UUID endpointId, int limit) throws SQLException {
        List<Entry> taken = new ArrayList<>();
        int events = 0;
        long after = 0;
        List<Entry> read;
        do {
            read = Database.query(connection, "SELECT position, event_ids FROM event_queue WHERE endpoint_id = ? "
                    + "AND position > ? ORDER BY position LIMIT ?", Entry::of, endpointId, after, ENTRIES_READ_AT_ONCE);
            for (Entry entry : read) {
                List<UUID> ids = entry.eventIds().subList(0, Math.min(limit - events, entry.eventIds().size()));
                taken.add(new Entry(entry.position(), ids));
                events += ids.size();
                after = entry.position();
                if (events == limit) {
                    break;
                }
            }
        } while (read.size() == ENTRIES_READ_AT_ONCE && events < limit);
        return stored(connection, taken);
    }

    /** The entries' events as stored, in the entries' order; those no longer stored are taken off the queue. */
    private static List<QueuedEvent> stored(Connection connection, List<Entry> entries) throws SQLException {
        List<UUID> ids = entries.stream().flatMap(entry -> entry.eventIds().stream()).distinct().toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, StoredEvent> events = new HashMap<>();
        for (StoredEvent stored : Database.query(connection, "SELECT " + EVENT_COLUMNS + " FROM " + EventRows.TABLE
                + " ev LEFT JOIN message m ON m.id = ev.message_id WHERE ev.id IN (" + Database.placeholders(ids.size()) + ")",
                row -> new StoredEvent(EventRows.event(row), Optional.ofNullable(row.getString("origin")),
                        Optional.ofNullable(row.getString("campaign_id"))), ids.toArray())) {
            events.put(stored.event().id(), stored);
        }
        List<QueuedEvent> waiting = new ArrayList<>();
        List<Place> gone = new ArrayList<>();
        for (Entry entry : entries) {
            for (UUID id : entry.eventIds()) {
                StoredEvent stored = events.get(id);
                if (stored == null) {
                    gone.add(new Place(entry.position(), id));
                } else {
                    waiting.add(new QueuedEvent(entry.position(), stored.event(), stored.origin(), stored.campaign()));
                }
            }
        }
        takeOffPlaces(connection, gone);
        return waiting;
    }

    /** Takes the events posted off their entries: an entry goes once it holds none. */
    private static void takeOff(Connection connection, List<QueuedEvent> posted) throws SQLException {
        takeOffPlaces(connection, posted.stream().map(event -> new Place(event.position(), event.event().id())).toList());
    }

    private static void takeOffPlaces(Connection connection, List<Place> places) throws SQLException {
        if (places.isEmpty()) {
            return;
        }
        Map<Long, Set<UUID>> taken = new HashMap<>();
        places.forEach(place -> taken.computeIfAbsent(place.position(), position -> new HashSet<>()).add(place.eventId()));
        List<Entry> entries = Database.query(connection, "SELECT position, event_ids FROM event_queue WHERE position IN ("
                + Database.placeholders(taken.size()) + ")", Entry::of, taken.keySet().toArray());
        List<Long> emptied = new ArrayList<>();
        for (Entry entry : entries) {
            List<UUID> left = entry.eventIds().stream().filter(id -> !taken.get(entry.position()).contains(id)).toList();
            if (left.isEmpty()) {
                emptied.add(entry.position());
            } else {
                Database.update(connection, "UPDATE event_queue SET event_ids = ? WHERE position = ?",
                        Database.uuidArray(connection, left), entry.position());
            }
        }
        if (!emptied.isEmpty()) {
            // By position alone, the queue's key: the endpoint's own index would have the whole queue read.
            Database.update(connection, "DELETE FROM event_queue WHERE position IN (" + Database.placeholders(emptied.size())
                    + ")", emptied.toArray());
        }
    }

    /** An entry of an endpoint's queue: the events of one transaction, or of a replay, in their order. */
    private record Entry(long position, List<UUID> eventIds) {

        static Entry of(ResultSet row) throws SQLException {
            return new Entry(row.getLong("position"), Database.uuids(row, "event_ids"));
        }
    }

    /** An event's place in an endpoint's queue. */
    private record Place(long position, UUID eventId) {
    }

    /** An event as stored, with what its message says of where it came from. */
    private record StoredEvent(Event event, Optional<String> origin, Optional<String> campaign) {
    }

    private static Object[] attemptRow(EventAttempt attempt) {
        return new Object[]{attempt.endpointId(), attempt.eventId(), attempt.type().wireName(), attempt.at(), attempt.delivered(),
                attempt.status().isPresent() ? attempt.status().getAsInt() : null, attempt.latencyMillis(), attempt.detail()};
    }
}
