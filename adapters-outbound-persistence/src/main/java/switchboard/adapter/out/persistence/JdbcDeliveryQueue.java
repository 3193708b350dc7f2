package switchboard.adapter.out.persistence;

import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import switchboard.application.dispatch.port.ClaimedDelivery;
import switchboard.application.dispatch.port.DeliveryQueue;
import switchboard.application.dispatch.port.Lease;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.delivery.DeliveryStatus;
import switchboard.domain.message.Message;

/**
 * The outbox as the dispatch workers see it. Claims lock the rows they take with
 * {@code FOR UPDATE SKIP LOCKED}, so workers in any number of processes claim disjoint deliveries
 * without waiting on each other.
 */
@Singleton
public class JdbcDeliveryQueue implements DeliveryQueue {

    private final Database database;
    private final MessageRows messageRows;

    public JdbcDeliveryQueue(Database database, MessageRows messageRows) {
        this.database = database;
        this.messageRows = messageRows;
    }

    @Override
    public List<ClaimedDelivery> claimDue(Lease lease, Instant clockTime, int limit) {
        // Timestamps are kept in microseconds, rounded (PostgreSQL) or cut (H2): compared at the clock's nanoseconds,
        // a not-before time rounded up past them would pass the query and fail the delivery's own check.
        Instant now = clockTime.truncatedTo(ChronoUnit.MICROS);
        return database.write(connection -> {
            // Deliveries whose worker's lease ran out come first: they have waited longest.
            List<Delivery> due = new ArrayList<>(Database.query(connection, "SELECT " + DeliveryRows.COLUMNS
                            + " FROM delivery WHERE status = ? AND lease_until < ? ORDER BY lease_until LIMIT ? "
                            + "FOR UPDATE SKIP LOCKED", DeliveryRows::delivery,
                    DeliveryStatus.SENDING.name(), now, limit));
            if (due.size() < limit) {
                due.addAll(Database.query(connection, "SELECT " + DeliveryRows.COLUMNS
                                + " FROM delivery WHERE status = ? AND not_before <= ? ORDER BY not_before LIMIT ? "
                                + "FOR UPDATE SKIP LOCKED", DeliveryRows::delivery,
                        DeliveryStatus.QUEUED.name(), now, limit - due.size()));
            }
            if (due.isEmpty()) {
                return List.of();
            }
            List<Delivery> claimed = DeliveryRows.withCredentials(connection, due).stream().map(delivery -> delivery.claim(now)).toList();
            try (PreparedStatement statement = connection.prepareStatement("UPDATE delivery SET status = ?, attempts = ?, "
                    + "lease_owner = ?, lease_until = ?, updated_at = ? WHERE id = ?")) {
                for (Delivery delivery : claimed) {
                    Database.bind(statement, delivery.status().name(), delivery.attempts(), lease.owner(), lease.until(),
                            delivery.updatedAt(), delivery.id().value());
                    statement.addBatch();
                }
                statement.executeBatch();
            }
            Map<UUID, Message> messages = messageRows.load(connection,
                    claimed.stream().map(delivery -> delivery.messageId().value()).distinct().toList());
            return claimed.stream()
                    .map(delivery -> new ClaimedDelivery(delivery, messages.get(delivery.messageId().value()), lease))
                    .toList();
        });
    }

    @Override
    public boolean record(Delivery delivery, Lease lease) {
        return database.write(connection -> DeliveryRows.update(connection, delivery, "status = ? AND lease_owner = ?",
                DeliveryStatus.SENDING.name(), lease.owner()));
    }
}
