package switchboard.adapter.out.persistence;

import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import switchboard.application.inbox.port.InboxStore;
import switchboard.application.shared.PageRequest;
import switchboard.domain.delivery.DeliveryId;
import switchboard.domain.inbox.InboxItem;
import switchboard.domain.message.MessageId;
import switchboard.domain.recipient.UserId;
import switchboard.domain.tenant.TenantId;

@Singleton
public class JdbcInboxStore implements InboxStore {

    private final Database database;

    public JdbcInboxStore(Database database) {
        this.database = database;
    }

    @Override
    public void add(InboxItem item) {
        database.insertUnlessDuplicate(
                "INSERT INTO inbox_item (id, tenant_id, user_id, message_id, title, body, created_at, read_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                item.id().value(), item.tenantId().value(), item.userId().value(), item.messageId().value(), item.title(),
                item.body(), item.createdAt(), item.readAt());
    }

    @Override
    public List<InboxItem> list(TenantId tenantId, UserId userId, PageRequest page) {
        return database.read(connection -> Database.query(connection,
                "SELECT id, tenant_id, user_id, message_id, title, body, created_at, read_at FROM inbox_item "
                        + "WHERE tenant_id = ? AND user_id = ? ORDER BY created_at DESC, id LIMIT ? OFFSET ?",
                JdbcInboxStore::item, tenantId.value(), userId.value(), page.limit(), page.offset()));
    }

    @Override
    public boolean markRead(TenantId tenantId, UserId userId, DeliveryId itemId, Instant at) {
        return database.write(connection -> Database.update(connection,
                "UPDATE inbox_item SET read_at = COALESCE(read_at, ?) WHERE tenant_id = ? AND user_id = ? AND id = ?",
                at, tenantId.value(), userId.value(), itemId.value()) > 0);
    }

    private static InboxItem item(ResultSet row) throws SQLException {
        return new InboxItem(new DeliveryId(Database.uuid(row, "id")), new TenantId(row.getString("tenant_id")),
                new UserId(row.getString("user_id")), new MessageId(Database.uuid(row, "message_id")),
                row.getString("title"), row.getString("body"), Database.instant(row, "created_at"),
                Database.instant(row, "read_at"));
    }
}
