package switchboard.adapter.out.persistence;

import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import switchboard.application.template.port.TemplateStore;
import switchboard.domain.message.Content;
import switchboard.domain.template.Template;
import switchboard.domain.template.TemplateId;
import switchboard.domain.tenant.TenantId;

@Singleton
public class JdbcTemplateStore implements TemplateStore {

    private static final String COLUMNS = "tenant_id, id, name, subject, body_text, body_html";

    private final Database database;

    public JdbcTemplateStore(Database database) {
        this.database = database;
    }

    @Override
    public boolean save(Template template) {
        if (replace(template)) {
            return false;
        }
        Content content = template.content();
        boolean created = database.insertUnlessDuplicate("INSERT INTO message_template (" + COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?)", template.tenantId().value(), template.id().value(), template.name(),
                content.subject(), content.text(), content.html());
        // Another request created it between the two statements: this one replaces it, as it would have a moment later.
        return created || !replace(template);
    }

    private boolean replace(Template template) {
        Content content = template.content();
        return database.write(connection -> Database.update(connection, "UPDATE message_template SET name = ?, "
                        + "subject = ?, body_text = ?, body_html = ? WHERE tenant_id = ? AND id = ?", template.name(),
                content.subject(), content.text(), content.html(), template.tenantId().value(), template.id().value()) > 0);
    }

    @Override
    public Optional<Template> find(TenantId tenantId, TemplateId id) {
        return database.read(connection -> Database.queryOne(connection, "SELECT " + COLUMNS
                + " FROM message_template WHERE tenant_id = ? AND id = ?", JdbcTemplateStore::template, tenantId.value(),
                id.value()));
    }

    @Override
    public List<Template> list(TenantId tenantId) {
        return database.read(connection -> Database.query(connection, "SELECT " + COLUMNS
                + " FROM message_template WHERE tenant_id = ? ORDER BY id", JdbcTemplateStore::template, tenantId.value()));
    }

    @Override
    public boolean delete(TenantId tenantId, TemplateId id) {
        return database.write(connection -> Database.update(connection,
                "DELETE FROM message_template WHERE tenant_id = ? AND id = ?", tenantId.value(), id.value()) > 0);
    }

    private static Template template(ResultSet row) throws SQLException {
        return new Template(new TemplateId(row.getString("id")), new TenantId(row.getString("tenant_id")),
                row.getString("name"), new Content(row.getString("subject"), row.getString("body_text"),
                row.getString("body_html")));
    }
}
