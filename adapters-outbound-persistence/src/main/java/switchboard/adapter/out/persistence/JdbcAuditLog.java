package switchboard.adapter.out.persistence;

import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import switchboard.application.audit.AdminAction;
import switchboard.application.audit.AuditEntry;
import switchboard.application.audit.AuditFilter;
import switchboard.application.audit.port.AuditLog;
import switchboard.application.shared.Page;
import switchboard.application.shared.PageRequest;
import switchboard.domain.tenant.TenantId;

/** The audit log in {@code audit_entry}. */
@Singleton
public class JdbcAuditLog implements AuditLog {

    private final Database database;

    public JdbcAuditLog(Database database) {
        this.database = database;
    }

    @Override
    public void append(AuditEntry entry) {
        AdminAction action = entry.action();
        database.write(connection -> Database.update(connection, "INSERT INTO audit_entry (id, at, actor, actor_tenant, "
                        + "address, tenant_id, action, target, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                entry.id(), entry.at(), action.actor(), action.actorTenant().value(), action.address(),
                action.tenantId().map(TenantId::value).orElse(null), action.action(), action.target(), action.status()));
    }

    @Override
    public Page<AuditEntry> list(AuditFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        filter.tenantId().ifPresent(tenant -> condition(where, parameters, " AND tenant_id = ?", tenant.value()));
        filter.actor().ifPresent(actor -> condition(where, parameters, " AND actor = ?", actor));
        filter.action().ifPresent(action -> condition(where, parameters, " AND action LIKE ? ESCAPE '\\'",
                action.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"));
        filter.from().ifPresent(from -> condition(where, parameters, " AND at >= ?", from));
        filter.until().ifPresent(until -> condition(where, parameters, " AND at < ?", until));
        List<Object> pageParameters = new ArrayList<>(parameters);
        pageParameters.add(page.limit());
        pageParameters.add(page.offset());
        return database.read(connection -> new Page<>(
                Database.query(connection, "SELECT id, at, actor, actor_tenant, address, tenant_id, action, target, status "
                        + "FROM audit_entry" + where + " ORDER BY at DESC, id DESC LIMIT ? OFFSET ?", JdbcAuditLog::entry,
                        pageParameters.toArray()),
                Database.queryOne(connection, "SELECT COUNT(*) FROM audit_entry" + where, row -> row.getLong(1),
                        parameters.toArray()).orElse(0L)));
    }

    @Override
    public int deleteBefore(Instant before) {
        return database.write(connection -> Database.update(connection, "DELETE FROM audit_entry WHERE at < ?", before));
    }

    private static void condition(StringBuilder where, List<Object> parameters, String sql, Object parameter) {
        where.append(sql);
        parameters.add(parameter);
    }

    private static AuditEntry entry(ResultSet row) throws SQLException {
        return new AuditEntry(Database.uuid(row, "id"), Database.instant(row, "at"), new AdminAction(row.getString("actor"),
                new TenantId(row.getString("actor_tenant")), row.getString("address"),
                Optional.ofNullable(row.getString("tenant_id")).map(TenantId::new), row.getString("action"),
                row.getString("target"), row.getInt("status")));
    }
}
