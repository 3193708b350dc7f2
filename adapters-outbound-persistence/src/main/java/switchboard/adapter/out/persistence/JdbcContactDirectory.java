package switchboard.adapter.out.persistence;

import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import switchboard.application.port.Page;
import switchboard.application.port.PageRequest;
import switchboard.application.port.out.ContactDirectory;
import switchboard.domain.contact.Contact;
import switchboard.domain.contact.ContactData;
import switchboard.domain.contact.ContactId;
import switchboard.domain.scope.Scope;
import switchboard.domain.tenant.TenantId;

@Singleton
public class JdbcContactDirectory implements ContactDirectory {

    /** Keeps IN lists within what every driver accepts. */
    private static final int LOOKUP_CHUNK = 1000;
    /** Rows fetched at a time when scanning a tenant's contacts, so that none are all held at once. */
    private static final int SCAN_BATCH = 500;

    private final Database database;
    private final JsonColumns json;
    private final Clock clock;

    public JdbcContactDirectory(Database database, JsonColumns json, Clock clock) {
        this.database = database;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void upsert(TenantId tenantId, List<Contact> contacts) {
        Instant now = clock.instant();
        database.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(database.dialect().upsertContact())) {
                for (Contact contact : contacts) {
                    Database.bind(statement, tenantId.value(), contact.id().value(), json.write(contact.data().asMap()), now);
                    statement.addBatch();
                }
                statement.executeBatch();
            }
            return null;
        });
    }

    @Override
    public Optional<Contact> find(TenantId tenantId, ContactId id) {
        return database.read(connection -> Database.queryOne(connection,
                "SELECT id, data FROM contact WHERE tenant_id = ? AND id = ?", this::contact, tenantId.value(), id.value()));
    }

    @Override
    public List<Contact> findAll(TenantId tenantId, Collection<ContactId> ids) {
        List<ContactId> all = List.copyOf(ids);
        return database.read(connection -> {
            List<Contact> found = new ArrayList<>();
            for (int start = 0; start < all.size(); start += LOOKUP_CHUNK) {
                found.addAll(findChunk(connection, tenantId, all.subList(start, Math.min(all.size(), start + LOOKUP_CHUNK))));
            }
            return found;
        });
    }

    private List<Contact> findChunk(Connection connection, TenantId tenantId, List<ContactId> ids) throws SQLException {
        Object[] parameters = new Object[ids.size() + 1];
        parameters[0] = tenantId.value();
        for (int i = 0; i < ids.size(); i++) {
            parameters[i + 1] = ids.get(i).value();
        }
        return Database.query(connection, "SELECT id, data FROM contact WHERE tenant_id = ? AND id IN ("
                + Database.placeholders(ids.size()) + ")", this::contact, parameters);
    }

    @Override
    public Page<Contact> list(TenantId tenantId, PageRequest page) {
        return database.read(connection -> {
            List<Contact> items = Database.query(connection,
                    "SELECT id, data FROM contact WHERE tenant_id = ? ORDER BY id LIMIT ? OFFSET ?", this::contact,
                    tenantId.value(), page.limit(), page.offset());
            long total = Database.queryOne(connection, "SELECT COUNT(*) FROM contact WHERE tenant_id = ?",
                    row -> row.getLong(1), tenantId.value()).orElse(0L);
            return new Page<>(items, total);
        });
    }

    /**
     * Reads the tenant's contacts in id order, a batch of rows at a time, and keeps those the
     * scope matches: the scope's meaning is the domain's matcher, whatever the database.
     */
    @Override
    public List<Contact> findMatching(TenantId tenantId, Scope scope) {
        return database.read(connection -> {
            List<Contact> matching = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT id, data FROM contact WHERE tenant_id = ? ORDER BY id")) {
                statement.setFetchSize(SCAN_BATCH);
                Database.bind(statement, tenantId.value());
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        Contact contact = contact(rows);
                        if (scope.matches(contact.data())) {
                            matching.add(contact);
                        }
                    }
                }
            }
            return matching;
        });
    }

    @Override
    public boolean delete(TenantId tenantId, ContactId id) {
        return database.write(connection -> Database.update(connection,
                "DELETE FROM contact WHERE tenant_id = ? AND id = ?", tenantId.value(), id.value()) > 0);
    }

    @Override
    public long deleteAll(TenantId tenantId) {
        return database.write(connection -> Database.update(connection, "DELETE FROM contact WHERE tenant_id = ?",
                tenantId.value()));
    }

    private Contact contact(ResultSet row) throws SQLException {
        return new Contact(new ContactId(row.getString("id")), ContactData.of(json.readObject(row.getString("data"))));
    }
}
