package switchboard.adapter.out.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import switchboard.domain.delivery.DeliveryId;
import switchboard.domain.event.Event;
import switchboard.domain.event.EventEndpoint;
import switchboard.domain.event.EventType;
import switchboard.domain.message.MessageId;
import switchboard.domain.recipient.Channel;
import switchboard.domain.tenant.TenantId;

/** Reading and writing the {@code event} table, and which endpoints want which events. */
final class EventRows {

    static final String TABLE = "event";
    static final String COLUMNS = "id, tenant_id, type, message_id, delivery_id, occurred_at, channel, recipient, attempt, "
            + "error, provider, provider_ref";

    private static final int MAX_RECIPIENT_LENGTH = 4096;
    private static final int MAX_ERROR_LENGTH = 1000;
    private static final int MAX_PROVIDER_LENGTH = 64;
    private static final int MAX_PROVIDER_REF_LENGTH = 255;

    private EventRows() {
    }

    /** The endpoints of these tenants, with the events each wants: empty for tenants without any. */
    static Map<TenantId, List<Interest>> interests(Connection connection, Collection<TenantId> tenants) throws SQLException {
        if (tenants.isEmpty()) {
            return Map.of();
        }
        List<String> ids = tenants.stream().map(TenantId::value).distinct().toList();
        List<Map.Entry<TenantId, Interest>> rows = Database.query(connection, "SELECT id, tenant_id, events FROM event_endpoint "
                + "WHERE tenant_id IN (" + Database.placeholders(ids.size()) + ")", row -> Map.entry(
                        new TenantId(row.getString("tenant_id")),
                        new Interest(Database.uuid(row, "id"), types(row.getString("events")))), ids.toArray());
        Map<TenantId, List<Interest>> interests = new HashMap<>();
        rows.forEach(row -> interests.computeIfAbsent(row.getKey(), tenant -> new ArrayList<>()).add(row.getValue()));
        return interests;
    }

    /** The event's row, in the order of {@link #COLUMNS}, its texts cut to their columns' lengths. */
    static Object[] row(Event event) {
        return new Object[]{event.id(), event.tenantId().value(), event.type().wireName(), event.messageId().value(),
                event.delivery().map(DeliveryId::value).orElse(null), event.occurredAt(),
                event.channel().map(Channel::name).orElse(null),
                event.recipient().map(recipient -> DeliveryRows.truncate(recipient, MAX_RECIPIENT_LENGTH)).orElse(null),
                event.attempt(), event.error().map(error -> DeliveryRows.truncate(error, MAX_ERROR_LENGTH)).orElse(null),
                event.provider().map(provider -> DeliveryRows.truncate(provider, MAX_PROVIDER_LENGTH)).orElse(null),
                event.providerRef().map(ref -> DeliveryRows.truncate(ref, MAX_PROVIDER_REF_LENGTH)).orElse(null)};
    }

    static Event event(ResultSet row) throws SQLException {
        return new Event(Database.uuid(row, "id"), type(row.getString("type")), new TenantId(row.getString("tenant_id")),
                new MessageId(Database.uuid(row, "message_id")),
                Optional.ofNullable(Database.uuid(row, "delivery_id")).map(DeliveryId::new), Database.instant(row, "occurred_at"),
                Optional.ofNullable(row.getString("channel")).map(Channel::valueOf), Optional.ofNullable(row.getString("recipient")),
                row.getInt("attempt"), Optional.ofNullable(row.getString("error")), Optional.ofNullable(row.getString("provider")),
                Optional.ofNullable(row.getString("provider_ref")));
    }

    /** The events as the {@code events} column keeps them: their wire names, comma-separated; empty for all. */
    static String column(Set<EventType> events) {
        return events.stream().sorted().map(EventType::wireName).collect(Collectors.joining(","));
    }

    static Set<EventType> types(String column) {
        return column.isEmpty() ? Set.of() : Arrays.stream(column.split(",")).map(EventRows::type).collect(Collectors.toSet());
    }

    private static EventType type(String wireName) {
        return EventType.named(wireName).orElseThrow(() -> new IllegalStateException("unknown event type stored: " + wireName));
    }

    /** An endpoint and the events it wants (all when empty). */
    record Interest(UUID endpointId, Set<EventType> events) {

        boolean wants(EventType type) {
            return EventEndpoint.wants(events, type);
        }
    }
}
