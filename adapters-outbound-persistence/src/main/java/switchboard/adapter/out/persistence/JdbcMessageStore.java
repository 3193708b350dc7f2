package switchboard.adapter.out.persistence;

import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import switchboard.application.message.CapturedDelivery;
import switchboard.application.message.MessageFilter;
import switchboard.application.message.MessageRecord;
import switchboard.application.message.MessageSummary;
import switchboard.application.message.port.MessageStore;
import switchboard.application.message.port.SendToStore;
import switchboard.application.shared.PageRequest;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.delivery.DeliveryId;
import switchboard.domain.delivery.DeliveryStatus;
import switchboard.domain.event.Event;
import switchboard.domain.message.Message;
import switchboard.domain.message.MessageId;
import switchboard.domain.recipient.Channel;
import switchboard.domain.tenant.TenantId;

/** Messages and their deliveries as the sends store them (through {@link SendWriter}) and the Admin API reads them. */
@Singleton
public class JdbcMessageStore implements MessageStore {

    /** The characters of an address that PostgreSQL's index of deliveries by address holds (migration V39). */
    private static final int ADDRESS_INDEX_PREFIX = 512;

    /** A delivery's content when it has its own, else its message's. */
    private static final String OWN_OR_MESSAGE_CONTENT = "CASE WHEN d.has_own_content THEN d.subject ELSE m.subject END AS subject, "
            + "CASE WHEN d.has_own_content THEN d.body_text ELSE m.body_text END AS body_text, "
            + "CASE WHEN d.has_own_content THEN d.body_html ELSE m.body_html END AS body_html";

    private final Database database;
    private final MessageRows messageRows;
    private final SendWriter writer;
    private final OutboxInserts inserts;

    public JdbcMessageStore(Database database, MessageRows messageRows, SendWriter writer, OutboxInserts inserts) {
        this.database = database;
        this.messageRows = messageRows;
        this.writer = writer;
        this.inserts = inserts;
    }

    @Override
    public <T> T store(SendToStore<T> send) {
        return writer.store(send);
    }

    @Override
    public Optional<MessageRecord> find(TenantId tenantId, MessageId id) {
        return database.read(connection -> {
            Optional<Message> message = messageRows.load(connection, List.of(id.value())).values().stream()
                    .filter(found -> found.tenantId().equals(tenantId)).findFirst();
            if (message.isEmpty()) {
                return Optional.empty();
            }
            List<Delivery> deliveries = DeliveryRows.withCredentials(connection, Database.query(connection, "SELECT " + DeliveryRows.COLUMNS
                    + " FROM delivery WHERE message_id = ? ORDER BY channel, address, id", DeliveryRows::delivery, id.value()));
            return Optional.of(new MessageRecord(message.get(), deliveries));
        });
    }

    @Override
    public List<CapturedDelivery> listCaptured(TenantId tenantId, Optional<Channel> channel, PageRequest page) {
        String channelFilter = channel.isPresent() ? " AND d.channel = ?" : "";
        List<Object> parameters = new ArrayList<>(List.of(tenantId.value(), DeliveryStatus.CAPTURED.name()));
        channel.ifPresent(only -> parameters.add(only.name()));
        parameters.add(page.limit());
        parameters.add(page.offset());
        return database.read(connection -> Database.query(connection,
                "SELECT d.id, d.message_id, d.channel, d.address, d.updated_at, "
                        + OWN_OR_MESSAGE_CONTENT + " FROM delivery d JOIN message m ON m.id = d.message_id "
                        + "WHERE d.tenant_id = ? AND d.status = ?" + channelFilter
                        + " ORDER BY d.updated_at DESC, d.id LIMIT ? OFFSET ?",
                row -> new CapturedDelivery(new DeliveryId(Database.uuid(row, "id")),
                        new MessageId(Database.uuid(row, "message_id")), Channel.valueOf(row.getString("channel")),
                        row.getString("address"), row.getString("subject"), row.getString("body_text"),
                        row.getString("body_html"), Database.instant(row, "updated_at")),
                parameters.toArray()));
    }

    @Override
    public List<MessageSummary> list(TenantId tenantId, MessageFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder("m.tenant_id = ?");
        List<Object> parameters = new ArrayList<>(List.of(tenantId.value()));
        filter.campaignId().ifPresent(campaign -> {
            where.append(" AND m.campaign_id = ?");
            parameters.add(campaign);
        });
        filter.origin().ifPresent(origin -> {
            where.append(" AND m.origin = ?");
            parameters.add(origin);
        });
        filter.createdFrom().ifPresent(from -> {
            where.append(" AND m.created_at >= ?");
            parameters.add(from);
        });
        filter.createdBefore().ifPresent(before -> {
            where.append(" AND m.created_at < ?");
            parameters.add(before);
        });
        if (filter.recipient().isPresent()) {
            // An address names few deliveries: read them by its index, then their messages. On PostgreSQL the index
            // holds the address's first characters (migration V39), and is used for a condition on just those.
            where.append(" AND m.id IN (SELECT d.message_id FROM delivery d WHERE LEFT(d.address, " + ADDRESS_INDEX_PREFIX
                    + ") = LEFT(CAST(? AS VARCHAR), " + ADDRESS_INDEX_PREFIX + ") AND d.address = ? AND d.tenant_id = ?");
            parameters.add(filter.recipient().get());
            parameters.add(filter.recipient().get());
            parameters.add(tenantId.value());
            deliveryConditions(filter, where, parameters);
            where.append(")");
        } else if (filter.namesADelivery()) {
            // A status or a channel may name most messages: the newest are checked first, up to the page; when
            // it names few, the planner reads their deliveries by tenant and status or channel instead.
            where.append(" AND EXISTS (SELECT 1 FROM delivery d WHERE d.message_id = m.id AND d.tenant_id = ?");
            parameters.add(tenantId.value());
            deliveryConditions(filter, where, parameters);
            where.append(")");
        }
        parameters.add(page.limit());
        parameters.add(page.offset());
        return database.read(connection -> {
            List<MessageSummary> found = Database.query(connection, "SELECT m.id, m.origin, m.subject, m.campaign_id, "
                            + "m.test_mode, m.created_at FROM message m WHERE " + where
                            + " ORDER BY m.created_at DESC, m.id LIMIT ? OFFSET ?",
                    row -> new MessageSummary(new MessageId(Database.uuid(row, "id")), row.getString("origin"),
                            row.getString("subject"), row.getString("campaign_id"), row.getBoolean("test_mode"),
                            Database.instant(row, "created_at"), Map.of()),
                    parameters.toArray());
            return found.isEmpty() ? found : withDeliveryCounts(connection, found);
        });
    }

    private static void deliveryConditions(MessageFilter filter, StringBuilder where, List<Object> parameters) {
        filter.status().ifPresent(status -> {
            where.append(" AND d.status = ?");
            parameters.add(status.name());
        });
        filter.channel().ifPresent(channel -> {
            where.append(" AND d.channel = ?");
            parameters.add(channel.name());
        });
    }

    private static List<MessageSummary> withDeliveryCounts(Connection connection, List<MessageSummary> messages)
            throws SQLException {
        Map<UUID, Map<DeliveryStatus, Integer>> counts = new HashMap<>();
        Database.query(connection, "SELECT message_id, status, COUNT(*) AS deliveries FROM delivery WHERE message_id IN ("
                        + Database.placeholders(messages.size()) + ") GROUP BY message_id, status",
                row -> counts.computeIfAbsent(Database.uuid(row, "message_id"), id -> new HashMap<>())
                        .put(DeliveryStatus.valueOf(row.getString("status")), row.getInt("deliveries")),
                messages.stream().map(message -> message.id().value()).toArray());
        return messages.stream().map(message -> new MessageSummary(message.id(), message.origin(), message.subject(),
                message.campaignId(), message.testMode(), message.createdAt(),
                counts.getOrDefault(message.id().value(), Map.of()))).toList();
    }

    @Override
    public Optional<Integer> cancelQueued(TenantId tenantId, MessageId id, Instant now) {
        return database.write(connection -> {
            boolean exists = Database.queryOne(connection, "SELECT 1 FROM message WHERE id = ? AND tenant_id = ?",
                    row -> true, id.value(), tenantId.value()).isPresent();
            if (!exists) {
                return Optional.empty();
            }
            int cancelled = Database.update(connection, "UPDATE delivery SET status = ?, updated_at = ? "
                            + "WHERE message_id = ? AND status = ?", DeliveryStatus.CANCELLED.name(), now, id.value(),
                    DeliveryStatus.QUEUED.name());
            Database.update(connection, "DELETE FROM delivery_credentials WHERE delivery_id IN "
                    + "(SELECT id FROM delivery WHERE message_id = ? AND status = ?)", id.value(), DeliveryStatus.CANCELLED.name());
            if (cancelled > 0) {
                inserts.insertEvents(connection, Set.of(tenantId), () -> cancelledNow(connection, id, now).stream()
                        .flatMap(delivery -> Event.of(delivery, Optional.empty()).stream()));
            }
            return Optional.of(cancelled);
        });
    }

    /** The message's deliveries that were cancelled at {@code now}. */
    private static List<Delivery> cancelledNow(Connection connection, MessageId id, Instant now) throws SQLException {
        return Database.query(connection, "SELECT " + DeliveryRows.COLUMNS + " FROM delivery WHERE message_id = ? AND status = ? "
                + "AND updated_at = ?", DeliveryRows::delivery, id.value(), DeliveryStatus.CANCELLED.name(), now);
    }
}
