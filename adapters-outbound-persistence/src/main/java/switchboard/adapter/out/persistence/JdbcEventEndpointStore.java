package switchboard.adapter.out.persistence;

import jakarta.inject.Singleton;

import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import switchboard.application.event.port.EventEndpointStore;
import switchboard.domain.delivery.SealedCredentials;
import switchboard.domain.event.EventEndpoint;
import switchboard.domain.tenant.TenantId;

@Singleton
public class JdbcEventEndpointStore implements EventEndpointStore {

    static final String COLUMNS = "id, tenant_id, url, events, description, mask_recipients, paused_reason, failing_since, "
            + "created_at";

    private final Database database;

    public JdbcEventEndpointStore(Database database) {
        this.database = database;
    }

    @Override
    public void create(EventEndpoint endpoint, SealedCredentials secrets) {
        database.write(connection -> Database.update(connection, "INSERT INTO event_endpoint (" + COLUMNS
                        + ", secrets, failures, next_round_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)", endpoint.id(),
                endpoint.tenantId().value(), endpoint.url().toString(), EventRows.column(endpoint.events()),
                endpoint.description(), endpoint.maskRecipients(), endpoint.pausedReason().orElse(null), endpoint.failingSince().orElse(null),
                endpoint.createdAt(), secrets.sealed(), endpoint.createdAt()));
    }

    @Override
    public Optional<EventEndpoint> find(TenantId tenantId, UUID id) {
        return database.read(connection -> Database.queryOne(connection, "SELECT " + COLUMNS
                + " FROM event_endpoint WHERE id = ? AND tenant_id = ?", JdbcEventEndpointStore::endpoint, id, tenantId.value()));
    }

    @Override
    public List<EventEndpoint> list(TenantId tenantId) {
        return database.read(connection -> Database.query(connection, "SELECT " + COLUMNS
                + " FROM event_endpoint WHERE tenant_id = ? ORDER BY created_at, id", JdbcEventEndpointStore::endpoint,
                tenantId.value()));
    }

    @Override
    public boolean update(EventEndpoint endpoint) {
        return database.write(connection -> Database.update(connection, "UPDATE event_endpoint SET url = ?, events = ?, "
                        + "description = ?, mask_recipients = ? WHERE id = ? AND tenant_id = ?", endpoint.url().toString(),
                EventRows.column(endpoint.events()), endpoint.description(), endpoint.maskRecipients(), endpoint.id(),
                endpoint.tenantId().value()) == 1);
    }

    @Override
    public boolean pause(TenantId tenantId, UUID id, String reason) {
        return database.write(connection -> Database.update(connection, "UPDATE event_endpoint SET paused_reason = ? "
                + "WHERE id = ? AND tenant_id = ?", reason, id, tenantId.value()) == 1);
    }

    @Override
    public boolean resume(TenantId tenantId, UUID id) {
        return database.write(connection -> Database.update(connection, "UPDATE event_endpoint SET paused_reason = NULL, "
                + "failing_since = NULL, failures = 0, next_round_at = CURRENT_TIMESTAMP WHERE id = ? AND tenant_id = ?",
                id, tenantId.value()) == 1);
    }

    @Override
    public boolean delete(TenantId tenantId, UUID id) {
        return database.write(connection -> {
            // The endpoint's row first: a round being recorded holds it, and its log rows are in once it is deleted.
            // Its queue and its log have no key to it on PostgreSQL.
            if (Database.update(connection, "DELETE FROM event_endpoint WHERE id = ? AND tenant_id = ?", id, tenantId.value()) == 0) {
                return false;
            }
            deleteQueuesAndLogs(connection, "?", id);
            return true;
        });
    }

    /**
     * Deletes the queues and the logs of the endpoints {@code endpoints} names (a placeholder, or a
     * query of ids): the queues have no key to their endpoint to delete them with it, nor have the logs
     * on PostgreSQL.
     */
    static void deleteQueuesAndLogs(Connection connection, String endpoints, Object... parameters) throws SQLException {
        for (String table : List.of("event_queue", "event_attempt")) {
            Database.update(connection, "DELETE FROM " + table + " WHERE endpoint_id IN (" + endpoints + ")", parameters);
        }
    }

    @Override
    public Optional<SealedCredentials> secrets(TenantId tenantId, UUID id) {
        return database.read(connection -> Database.queryOne(connection, "SELECT secrets FROM event_endpoint "
                + "WHERE id = ? AND tenant_id = ?", row -> new SealedCredentials(row.getBytes("secrets")), id, tenantId.value()));
    }

    @Override
    public boolean replaceSecrets(TenantId tenantId, UUID id, SealedCredentials secrets, Instant previousUntil) {
        return database.write(connection -> Database.update(connection, "UPDATE event_endpoint SET secrets = ?, "
                + "previous_secret_until = ? WHERE id = ? AND tenant_id = ?", secrets.sealed(), previousUntil, id,
                tenantId.value()) == 1);
    }

    static EventEndpoint endpoint(ResultSet row) throws SQLException {
        return new EventEndpoint(Database.uuid(row, "id"), new TenantId(row.getString("tenant_id")),
                URI.create(row.getString("url")), EventRows.types(row.getString("events")), row.getString("description"),
                row.getBoolean("mask_recipients"),
                Optional.ofNullable(row.getString("paused_reason")),
                Optional.ofNullable(Database.instant(row, "failing_since")), Database.instant(row, "created_at"));
    }
}
