package switchboard.adapter.out.persistence;

import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import switchboard.application.retention.port.MessageHistory;
import switchboard.application.retention.port.PurgedBatch;
import switchboard.application.retention.RetentionScope;
import switchboard.domain.delivery.DeliveryStatus;

/**
 * The retention purge's deletes. Each batch is one transaction that deletes rows nothing else
 * wants: claims take queued deliveries and outcomes touch sending ones, which a batch never deletes,
 * and the deliveries it deletes are locked with {@code SKIP LOCKED}, so it never waits on a worker,
 * a replay or another process's purge. Each table is deleted from explicitly, children first, so
 * that no foreign key's cascade is needed.
 */
@Singleton
public class JdbcMessageHistory implements MessageHistory {

    /** A delivery in these may still change by the gateway's own hand: its message is not finished. */
    private static final String UNFINISHED = "('" + DeliveryStatus.QUEUED.name() + "', '" + DeliveryStatus.SENDING.name() + "')";

    private final Database database;

    public JdbcMessageHistory(Database database) {
        this.database = database;
    }

    @Override
    public PurgedBatch deleteFinished(RetentionScope scope, Instant finishedBefore, int limit) {
        return database.write(connection -> {
            List<UUID> messages = finishedMessages(connection, scope, finishedBefore, limit);
            if (messages.isEmpty()) {
                return new PurgedBatch(0, 0);
            }
            String inMessages = "(" + Database.placeholders(messages.size()) + ")";
            List<UUID> deliveries = Database.query(connection, "SELECT id FROM delivery WHERE message_id IN " + inMessages
                            + " AND status NOT IN " + UNFINISHED + " AND updated_at < ? LIMIT ? FOR UPDATE SKIP LOCKED",
                    row -> Database.uuid(row, "id"), parameters(messages, finishedBefore, limit));
            int deletedDeliveries = 0;
            if (!deliveries.isEmpty()) {
                String inDeliveries = "(" + Database.placeholders(deliveries.size()) + ")";
                Database.update(connection, "DELETE FROM delivery_credentials WHERE delivery_id IN " + inDeliveries,
                        deliveries.toArray());
                // Found through their message, by the index that leads with it.
                Database.update(connection, "DELETE FROM " + AttemptRows.TABLE + " WHERE message_id IN " + inMessages
                        + " AND delivery_id IN " + inDeliveries, parameters(messages, deliveries.toArray()));
                deletedDeliveries = Database.update(connection, "DELETE FROM delivery WHERE id IN " + inDeliveries,
                        deliveries.toArray());
            }
            String emptied = " AND NOT EXISTS (SELECT 1 FROM delivery d WHERE d.message_id = ";
            Database.update(connection, "DELETE FROM message_attachment WHERE message_id IN " + inMessages + emptied
                    + "message_attachment.message_id)", messages.toArray());
            int deletedMessages = Database.update(connection, "DELETE FROM message WHERE id IN " + inMessages + emptied
                    + "message.id)", messages.toArray());
            deleteEvents(connection, inMessages, messages);
            return new PurgedBatch(deletedMessages, deletedDeliveries);
        });
    }

    /**
     * The events of the messages deleted, with the log of their posts. Their places in the endpoints'
     * queues are left: an endpoint's round takes them off when it reaches them. Entries queued for an
     * endpoint removed meanwhile, which no round reaches, go here.
     */
    private static void deleteEvents(Connection connection, String inMessages, List<UUID> messages) throws SQLException {
        String deletedEvents = "SELECT e.id FROM " + EventRows.TABLE + " e WHERE e.message_id IN " + inMessages
                + " AND NOT EXISTS (SELECT 1 FROM message m WHERE m.id = e.message_id)";
        Database.update(connection, "DELETE FROM event_attempt WHERE event_id IN (" + deletedEvents + ")", messages.toArray());
        Database.update(connection, "DELETE FROM " + EventRows.TABLE + " WHERE id IN (" + deletedEvents + ")", messages.toArray());
        deleteQueuesOfRemovedEndpoints(connection);
    }

    /**
     * Deletes the entries queued for endpoints that no longer exist: a send that read its tenant's
     * endpoints just before one was removed queued for it after the removal deleted its queue. The
     * queue's endpoints are found by stepping through its index from one endpoint to the next, a few
     * reads however long the queues are.
     */
    private static void deleteQueuesOfRemovedEndpoints(Connection connection) throws SQLException {
        List<UUID> removed = Database.query(connection, "WITH RECURSIVE queued (endpoint_id) AS ("
                        + "SELECT (SELECT endpoint_id FROM event_queue ORDER BY endpoint_id LIMIT 1) UNION ALL "
                        + "SELECT (SELECT q.endpoint_id FROM event_queue q WHERE q.endpoint_id > queued.endpoint_id "
                        + "ORDER BY q.endpoint_id LIMIT 1) FROM queued WHERE queued.endpoint_id IS NOT NULL) "
                        + "SELECT endpoint_id FROM queued WHERE endpoint_id IS NOT NULL "
                        + "AND NOT EXISTS (SELECT 1 FROM event_endpoint e WHERE e.id = queued.endpoint_id)",
                row -> Database.uuid(row, "endpoint_id"));
        if (!removed.isEmpty()) {
            JdbcEventEndpointStore.deleteQueuesAndLogs(connection, Database.placeholders(removed.size()), removed.toArray());
        }
    }

    /**
     * The oldest messages of the scope with no delivery that is unfinished or was updated since
     * {@code finishedBefore}. A message finishes no earlier than it was created, so only those
     * created before then are looked at, by the index on the creation time.
     */
    private static List<UUID> finishedMessages(Connection connection, RetentionScope scope, Instant finishedBefore, int limit)
            throws SQLException {
        List<Object> parameters = new ArrayList<>(List.of(finishedBefore));
        StringBuilder sql = new StringBuilder("SELECT m.id FROM message m WHERE m.created_at < ?");
        if (scope instanceof RetentionScope.OneTenant one) {
            sql.append(" AND m.tenant_id = ?");
            parameters.add(one.tenantId().value());
        } else if (scope instanceof RetentionScope.AllTenantsExcept all && !all.excluded().isEmpty()) {
            sql.append(" AND m.tenant_id NOT IN (").append(Database.placeholders(all.excluded().size())).append(')');
            all.excluded().forEach(tenant -> parameters.add(tenant.value()));
        }
        sql.append(" AND NOT EXISTS (SELECT 1 FROM delivery d WHERE d.message_id = m.id AND (d.status IN ").append(UNFINISHED)
                .append(" OR d.updated_at >= ?)) ORDER BY m.created_at, m.id LIMIT ?");
        parameters.add(finishedBefore);
        parameters.add(limit);
        return Database.query(connection, sql.toString(), row -> Database.uuid(row, "id"), parameters.toArray());
    }

    private static Object[] parameters(List<UUID> ids, Object... more) {
        List<Object> parameters = new ArrayList<>(ids);
        parameters.addAll(List.of(more));
        return parameters.toArray();
    }
}
