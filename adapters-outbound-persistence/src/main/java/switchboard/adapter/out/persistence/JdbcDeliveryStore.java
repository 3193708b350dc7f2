package switchboard.adapter.out.persistence;

import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import switchboard.application.delivery.DeliveryFilter;
import switchboard.application.delivery.port.DeliveryStore;
import switchboard.application.shared.PageRequest;
import switchboard.domain.delivery.AttemptRecord;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.delivery.DeliveryId;
import switchboard.domain.event.Event;
import switchboard.domain.message.MessageId;
import switchboard.domain.tenant.TenantId;

@Singleton
public class JdbcDeliveryStore implements DeliveryStore {

    private final Database database;
    private final OutboxInserts inserts;

    public JdbcDeliveryStore(Database database, OutboxInserts inserts) {
        this.database = database;
        this.inserts = inserts;
    }

    @Override
    public Optional<Delivery> find(DeliveryId id) {
        return database.read(connection -> DeliveryRows.withCredentials(connection, Database.query(connection,
                "SELECT " + DeliveryRows.COLUMNS + " FROM delivery WHERE id = ?", DeliveryRows::delivery, id.value())))
                .stream().findFirst();
    }

    @Override
    public boolean replace(Delivery previous, Delivery next, Optional<AttemptRecord> entry) {
        return database.write(connection -> {
            boolean replaced = DeliveryRows.update(connection, next, "status = ? AND attempts = ? AND updated_at = ?",
                    previous.status().name(), previous.attempts(), previous.updatedAt());
            if (replaced) {
                inserts.insertHistory(connection, entry.stream().toList());
                inserts.insertEvents(connection, Set.of(next.tenantId()), () -> Event.of(next, entry).stream());
            }
            return replaced;
        });
    }

    @Override
    public List<AttemptRecord> history(TenantId tenantId, MessageId messageId) {
        return database.read(connection -> AttemptRows.ofMessage(connection, tenantId, messageId));
    }

    @Override
    public List<Delivery> list(TenantId tenantId, DeliveryFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder("tenant_id = ?");
        List<Object> parameters = new ArrayList<>(List.of(tenantId.value()));
        filter.status().ifPresent(status -> {
            where.append(" AND status = ?");
            parameters.add(status.name());
        });
        filter.channel().ifPresent(channel -> {
            where.append(" AND channel = ?");
            parameters.add(channel.name());
        });
        parameters.add(page.limit());
        parameters.add(page.offset());
        return database.read(connection -> Database.query(connection, "SELECT " + DeliveryRows.COLUMNS
                + " FROM delivery WHERE " + where + " ORDER BY updated_at DESC, id LIMIT ? OFFSET ?", DeliveryRows::delivery,
                parameters.toArray()));
    }
}
