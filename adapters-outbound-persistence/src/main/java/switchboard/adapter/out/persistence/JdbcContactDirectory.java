package switchboard.adapter.out.persistence;

import jakarta.inject.Singleton;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import switchboard.application.contact.port.AddressedContact;
import switchboard.application.contact.port.ContactDirectory;
import switchboard.application.shared.Page;
import switchboard.application.shared.PageRequest;
import switchboard.domain.contact.Contact;
import switchboard.domain.contact.ContactData;
import switchboard.domain.contact.ContactId;
import switchboard.domain.recipient.Address;
import switchboard.domain.scope.Scope;
import switchboard.domain.tenant.TenantId;

@Singleton
public class JdbcContactDirectory implements ContactDirectory {

    /** Rows fetched at a time when scanning a tenant's contacts, so that none are all held at once. */
    private static final int SCAN_BATCH = 500;

    private final Database database;
    /** SQLSTATE foreign_key_violation: what a contact's key to a missing tenant raised before V33. */
    private static final String FOREIGN_KEY_VIOLATION = "23503";

    private final JsonColumns json;
    private final Clock clock;

    public JdbcContactDirectory(Database database, JsonColumns json, Clock clock) {
        this.database = database;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void upsert(TenantId tenantId, List<AddressedContact> contacts) {
        Instant now = clock.instant();
        if (database.dialect() == SqlDialect.POSTGRESQL && contacts.size() >= OutboxInserts.COPY_FROM_ROWS) {
            database.write(connection -> {
                holdTenant(connection, tenantId);
                copy(connection, tenantId, contacts, now);
                return null;
            });
            return;
        }
        database.write(connection -> {
            holdTenant(connection, tenantId);
            try (PreparedStatement statement = connection.prepareStatement(database.dialect().upsertContact())) {
                for (AddressedContact entry : contacts) {
                    Contact contact = entry.contact();
                    Database.bind(statement, tenantId.value(), contact.id().value(), json.write(contact.data().asMap()), now);
                    statement.addBatch();
                }
                statement.executeBatch();
            }
            replaceAddresses(connection, tenantId, contacts);
            return null;
        });
    }

    /**
     * On PostgreSQL, whose contacts have no foreign key to their tenant (migration V33), holds the
     * tenant's row for the transaction, as each row's key check did: a tenant being removed waits for
     * the write, or the write finds no tenant and stores nothing.
     */
    private void holdTenant(Connection connection, TenantId tenantId) throws SQLException {
        if (database.dialect() == SqlDialect.POSTGRESQL && Database.queryOne(connection,
                "SELECT id FROM tenant WHERE id = ? FOR KEY SHARE", row -> row.getString("id"), tenantId.value()).isEmpty()) {
            throw new SQLException("no tenant " + tenantId.value() + " to store contacts for", FOREIGN_KEY_VIOLATION);
        }
    }

    /**
     * Many contacts at once on PostgreSQL: COPY into a staging table of the transaction, the new
     * contacts inserted from it, those that existed updated and their old addresses deleted, then
     * the addresses written by COPY as well. An import of new contacts, the usual one, so looks
     * for no old addresses.
     */
    private void copy(Connection connection, TenantId tenantId, List<AddressedContact> contacts, Instant now)
            throws SQLException {
        Database.update(connection, "CREATE TEMPORARY TABLE IF NOT EXISTS contact_stage (id VARCHAR(200) NOT NULL, "
                + "data TEXT NOT NULL) ON COMMIT DELETE ROWS");
        List<Object[]> rows = new ArrayList<>(contacts.size());
        List<Object[]> addresses = new ArrayList<>();
        for (AddressedContact entry : contacts) {
            String id = entry.contact().id().value();
            rows.add(new Object[]{id, json.write(entry.contact().data().asMap())});
            addressKeys(entry).forEach(key -> addresses.add(new Object[]{tenantId.value(), id, key}));
        }
        PostgresCopy.copy(connection, "contact_stage", "id, data", rows);
        Set<String> inserted = new HashSet<>(Database.query(connection, "INSERT INTO contact (tenant_id, id, data, updated_at) "
                + "SELECT ?, id, CAST(data AS JSONB), ? FROM contact_stage ON CONFLICT (tenant_id, id) DO NOTHING RETURNING id",
                row -> row.getString(1), tenantId.value(), now));
        Object[] existed = rows.stream().map(row -> (String) row[0]).filter(id -> !inserted.contains(id)).toArray();
        if (existed.length > 0) {
            // The ids as one array, looked up in the index: a join with the staging table, which has
            // no statistics, was planned as a scan of every address of the tenant, batch after batch.
            Array ids = connection.createArrayOf("VARCHAR", existed);
            Database.update(connection, "UPDATE contact SET data = CAST(stage.data AS JSONB), updated_at = ? "
                    + "FROM contact_stage stage WHERE contact.tenant_id = ? AND contact.id = stage.id AND contact.id = ANY (?)",
                    now, tenantId.value(), ids);
            Database.update(connection, "DELETE FROM contact_address WHERE tenant_id = ? AND contact_id = ANY (?)",
                    tenantId.value(), ids);
        }
        if (!addresses.isEmpty()) {
            PostgresCopy.copy(connection, "contact_address", "tenant_id, contact_id, address", addresses);
        }
    }

    private static Set<String> addressKeys(AddressedContact entry) {
        Set<String> keys = new LinkedHashSet<>();
        entry.addresses().forEach(address -> keys.add(key(address)));
        return keys;
    }

    private static void replaceAddresses(Connection connection, TenantId tenantId, List<AddressedContact> contacts)
            throws SQLException {
        // One statement per contact, batched: H2 reads a long IN list through the tenant's part of the index only.
        try (PreparedStatement statement = connection.prepareStatement(
                "DELETE FROM contact_address WHERE tenant_id = ? AND contact_id = ?")) {
            for (AddressedContact entry : contacts) {
                Database.bind(statement, tenantId.value(), entry.contact().id().value());
                statement.addBatch();
            }
            statement.executeBatch();
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO contact_address (tenant_id, contact_id, address) VALUES (?, ?, ?)")) {
            for (AddressedContact entry : contacts) {
                for (String key : addressKeys(entry)) {
                    Database.bind(statement, tenantId.value(), entry.contact().id().value(), key);
                    statement.addBatch();
                }
            }
            statement.executeBatch();
        }
    }

    @Override
    public Optional<Contact> find(TenantId tenantId, ContactId id) {
        return database.read(connection -> Database.queryOne(connection,
                "SELECT id, data FROM contact WHERE tenant_id = ? AND id = ?", this::contact, tenantId.value(), id.value()));
    }

    @Override
    public List<Contact> findAll(TenantId tenantId, Collection<ContactId> ids) {
        Object[] wanted = ids.stream().map(ContactId::value).distinct().toArray();
        return database.read(connection -> Database.query(connection, database.dialect() == SqlDialect.POSTGRESQL
                        ? "SELECT c.id, c.data FROM unnest(?) AS wanted (id) JOIN contact c ON c.tenant_id = ? AND c.id = wanted.id"
                        : "SELECT id, data FROM contact WHERE id = ANY (?) AND tenant_id = ?",
                this::contact, connection.createArrayOf("VARCHAR", wanted), tenantId.value()));
    }

    /**
     * The addresses as one array, each looked up in the index or joined by hash: on PostgreSQL a
     * join with the array, because a plan reused for {@code address = ANY (?)} compared every
     * address of the tenant with every element (a bulk of 10,000 contacts took seconds once the
     * statement was prepared on the server).
     */
    @Override
    public List<Contact> findByAddresses(TenantId tenantId, Collection<Address> addresses) {
        Object[] keys = addresses.stream().map(JdbcContactDirectory::key).distinct().toArray();
        List<String> ids = database.read(connection -> Database.query(connection, database.dialect() == SqlDialect.POSTGRESQL
                        ? "SELECT DISTINCT a.contact_id FROM unnest(?) AS wanted (address) JOIN contact_address a "
                                + "ON a.tenant_id = ? AND a.address = wanted.address"
                        : "SELECT DISTINCT contact_id FROM contact_address WHERE address = ANY (?) AND tenant_id = ?",
                row -> row.getString(1), connection.createArrayOf("VARCHAR", keys), tenantId.value()));
        return findAll(tenantId, ids.stream().map(ContactId::new).toList()).stream()
                .sorted(Comparator.comparing(contact -> contact.id().value())).toList();
    }

    /** Addresses are kept in lower case: people write the same email address in several. */
    private static String key(Address address) {
        return address.value().toLowerCase(Locale.ROOT);
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
        return database.write(connection -> {
            Database.update(connection, "DELETE FROM contact_address WHERE tenant_id = ? AND contact_id = ?",
                    tenantId.value(), id.value());
            return Database.update(connection, "DELETE FROM contact WHERE tenant_id = ? AND id = ?", tenantId.value(),
                    id.value()) > 0;
        });
    }

    @Override
    public long deleteAll(TenantId tenantId) {
        return database.write(connection -> deleteAll(connection, tenantId));
    }

    /** Deletes the tenant's contacts and their addresses, which have no foreign key to cascade from on PostgreSQL. */
    static long deleteAll(Connection connection, TenantId tenantId) throws SQLException {
        Database.update(connection, "DELETE FROM contact_address WHERE tenant_id = ?", tenantId.value());
        return Database.update(connection, "DELETE FROM contact WHERE tenant_id = ?", tenantId.value());
    }

    private Contact contact(ResultSet row) throws SQLException {
        return new Contact(new ContactId(row.getString("id")), ContactData.of(json.readObject(row.getString("data"))));
    }
}
