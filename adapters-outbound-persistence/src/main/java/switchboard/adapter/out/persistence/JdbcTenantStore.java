package switchboard.adapter.out.persistence;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import switchboard.application.shared.PageRequest;
import switchboard.application.shared.TenantStore;
import switchboard.domain.contact.ContactFields;
import switchboard.domain.delivery.DeliveryStatus;
import switchboard.domain.tenant.Tenant;
import switchboard.domain.tenant.TenantId;

@Singleton
public class JdbcTenantStore implements TenantStore {

    private static final String COLUMNS = "id, name, contact_fields, created_at, retention_seconds, suspended_at";

    private final Database database;
    private final JsonColumns json;
    private final LookupCache<TenantId, Tenant> byId;

    public JdbcTenantStore(Database database, JsonColumns json, @Value("${switchboard.lookup-cache-ttl:5s}") Duration cacheTtl) {
        this.database = database;
        this.json = json;
        this.byId = new LookupCache<>(cacheTtl);
    }

    @Override
    public boolean add(Tenant tenant) {
        return database.insertUnlessDuplicate("INSERT INTO tenant (id, name, contact_fields, created_at, retention_seconds, "
                        + "suspended_at) VALUES (?, ?, " + database.dialect().jsonParameter() + ", ?, ?, ?)",
                tenant.id().value(), tenant.name(), json.write(fieldsAsJson(tenant.contactFields())), tenant.createdAt(),
                retentionSeconds(tenant), tenant.suspendedAt().orElse(null));
    }

    @Override
    public Optional<Tenant> find(TenantId id) {
        return byId.find(id, key -> database.read(connection -> Database.queryOne(connection,
                "SELECT " + COLUMNS + " FROM tenant WHERE id = ?",
                this::tenant, id.value())));
    }

    @Override
    public List<Tenant> list(PageRequest page) {
        return database.read(connection -> Database.query(connection, "SELECT " + COLUMNS + " FROM tenant "
                + "ORDER BY created_at DESC, id LIMIT ? OFFSET ?", this::tenant, page.limit(), page.offset()));
    }

    @Override
    public void update(Tenant tenant) {
        database.write(connection -> Database.update(connection, "UPDATE tenant SET name = ?, contact_fields = "
                        + database.dialect().jsonParameter() + ", retention_seconds = ?, suspended_at = ? WHERE id = ?",
                tenant.name(), json.write(fieldsAsJson(tenant.contactFields())), retentionSeconds(tenant),
                tenant.suspendedAt().orElse(null), tenant.id().value()));
        byId.forget(tenant.id());
    }

    @Override
    public Removal remove(TenantId id) {
        Removal removal = database.write(connection -> {
            // The row's lock holds off new sends (inserting a message checks its key to the tenant),
            // so no delivery is queued between the count and the delete.
            if (Database.queryOne(connection, "SELECT id FROM tenant WHERE id = ? FOR UPDATE", row -> row.getString("id"),
                    id.value()).isEmpty()) {
                return Removal.NOT_FOUND;
            }
            if (Database.queryOne(connection, "SELECT id FROM delivery WHERE tenant_id = ? AND status IN (?, ?) LIMIT 1",
                    row -> row.getObject("id"), id.value(), DeliveryStatus.QUEUED.name(), DeliveryStatus.SENDING.name())
                    .isPresent()) {
                return Removal.DELIVERIES_PENDING;
            }
            // Deliveries and their history, inbox items and (on PostgreSQL) contacts and their addresses, events, the
            // endpoints' queues and the log of their posts carry no key to the tenant: they go first; everything else goes
            // with the tenant's row. The deliveries go before their history: deleting them waits for a provider's report
            // being recorded on one, whose history entry is then committed and goes too. The history is found through
            // the tenant's messages, by the index that leads with the message.
            Database.update(connection, "DELETE FROM delivery WHERE tenant_id = ?", id.value());
            Database.update(connection, "DELETE FROM " + AttemptRows.TABLE
                    + " WHERE message_id IN (SELECT id FROM message WHERE tenant_id = ?)", id.value());
            Database.update(connection, "DELETE FROM inbox_item WHERE tenant_id = ?", id.value());
            JdbcEventEndpointStore.deleteQueuesAndLogs(connection, "SELECT id FROM event_endpoint WHERE tenant_id = ?", id.value());
            Database.update(connection, "DELETE FROM " + EventRows.TABLE + " WHERE tenant_id = ?", id.value());
            JdbcContactDirectory.deleteAll(connection, id);
            Database.update(connection, "DELETE FROM tenant WHERE id = ?", id.value());
            return Removal.REMOVED;
        });
        byId.forget(id);
        return removal;
    }

    @Override
    public Map<TenantId, Duration> retentionOverrides() {
        return database.read(connection -> Database.query(connection,
                        "SELECT id, retention_seconds FROM tenant WHERE retention_seconds IS NOT NULL",
                        row -> Map.entry(new TenantId(row.getString("id")), Duration.ofSeconds(row.getLong("retention_seconds")))))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private Tenant tenant(ResultSet row) throws SQLException {
        Map<String, Object> fields = json.readObject(row.getString("contact_fields"));
        return new Tenant(new TenantId(row.getString("id")), row.getString("name"),
                new ContactFields(strings(fields.get("email")), strings(fields.get("phone")), strings(fields.get("pushTokens"))),
                Database.instant(row, "created_at"), retention(row), Optional.ofNullable(Database.instant(row, "suspended_at")));
    }

    private static Optional<Duration> retention(ResultSet row) throws SQLException {
        long seconds = row.getLong("retention_seconds");
        return row.wasNull() ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
    }

    private static Long retentionSeconds(Tenant tenant) {
        return tenant.retention().map(Duration::toSeconds).orElse(null);
    }

    private static Map<String, Object> fieldsAsJson(ContactFields fields) {
        return Map.of("email", fields.email(), "phone", fields.phone(), "pushTokens", fields.pushTokens());
    }

    private static List<String> strings(Object list) {
        return ((List<?>) list).stream().map(String::valueOf).toList();
    }
}
