package switchboard.adapter.out.persistence;

import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import switchboard.application.contact.ContactImport;
import switchboard.application.contact.ContactImport.LineError;
import switchboard.application.contact.port.ContactImports;
import switchboard.domain.tenant.TenantId;

@Singleton
public class JdbcContactImports implements ContactImports {

    private static final String COLUMNS =
            "id, tenant_id, format, state, lines_read, imported, refused, failure, started_at, updated_at";
    private static final int MAX_TEXT = 500;

    private final Database database;

    public JdbcContactImports(Database database) {
        this.database = database;
    }

    @Override
    public void start(ContactImport started) {
        database.write(connection -> Database.update(connection, "INSERT INTO contact_import (" + COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", started.id(), started.tenantId().value(), started.format(),
                started.state().name(), started.linesRead(), started.imported(), started.refused(),
                started.failure().map(JdbcContactImports::clip).orElse(null), started.startedAt(), started.updatedAt()));
    }

    @Override
    public void update(ContactImport progress, List<LineError> newErrors) {
        database.write(connection -> {
            Database.update(connection, "UPDATE contact_import SET state = ?, lines_read = ?, imported = ?, refused = ?, "
                            + "failure = ?, updated_at = ? WHERE id = ?", progress.state().name(), progress.linesRead(),
                    progress.imported(), progress.refused(), progress.failure().map(JdbcContactImports::clip).orElse(null),
                    progress.updatedAt(), progress.id());
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO contact_import_error (import_id, line, reason) VALUES (?, ?, ?)")) {
                for (LineError error : newErrors) {
                    Database.bind(statement, progress.id(), error.line(), clip(error.reason()));
                    statement.addBatch();
                }
                statement.executeBatch();
            }
            return null;
        });
    }

    @Override
    public Optional<ContactImport> find(TenantId tenantId, UUID id) {
        return database.read(connection -> {
            Optional<ContactImport> found = Database.queryOne(connection, "SELECT " + COLUMNS
                    + " FROM contact_import WHERE tenant_id = ? AND id = ?", row -> contactImport(row, List.of()),
                    tenantId.value(), id);
            if (found.isEmpty()) {
                return found;
            }
            List<LineError> errors = Database.query(connection,
                    "SELECT line, reason FROM contact_import_error WHERE import_id = ? ORDER BY line",
                    row -> new LineError(row.getLong("line"), row.getString("reason")), id);
            return Optional.of(withErrors(found.get(), errors));
        });
    }

    @Override
    public List<ContactImport> latest(TenantId tenantId, int limit) {
        return database.read(connection -> Database.query(connection, "SELECT " + COLUMNS
                        + " FROM contact_import WHERE tenant_id = ? ORDER BY started_at DESC, id FETCH FIRST " + limit
                        + " ROWS ONLY", row -> contactImport(row, List.of()), tenantId.value()));
    }

    private static ContactImport withErrors(ContactImport found, List<LineError> errors) {
        return new ContactImport(found.id(), found.tenantId(), found.format(), found.state(), found.linesRead(),
                found.imported(), found.refused(), errors, found.startedAt(), found.updatedAt(), found.failure());
    }

    private static ContactImport contactImport(ResultSet row, List<LineError> errors) throws SQLException {
        return new ContactImport(Database.uuid(row, "id"), new TenantId(row.getString("tenant_id")), row.getString("format"),
                ContactImport.State.valueOf(row.getString("state")), row.getLong("lines_read"), row.getLong("imported"),
                row.getLong("refused"), errors, Database.instant(row, "started_at"), Database.instant(row, "updated_at"),
                Optional.ofNullable(row.getString("failure")));
    }

    private static String clip(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }
}
