package switchboard.adapter.out.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;

/** The few places where H2 and PostgreSQL need different SQL. */
public enum SqlDialect {

    H2("h2", "JSON", "? FORMAT JSON", "FOR UPDATE", Optional.empty(), Optional.empty(),
            "MERGE INTO contact (tenant_id, id, data, updated_at) KEY (tenant_id, id) VALUES (?, ?, ? FORMAT JSON, ?)"),
    POSTGRESQL("postgresql", "JSONB", "CAST(? AS JSONB)", "FOR NO KEY UPDATE",
            Optional.of("SET LOCAL plan_cache_mode = force_generic_plan; SET LOCAL enable_sort = off; "
                    + "SET LOCAL enable_seqscan = off; SET LOCAL enable_hashjoin = off; SET LOCAL enable_mergejoin = off; "
                    + "SET LOCAL jit = off"),
            Optional.of("SET LOCAL synchronous_commit = off"),
            "INSERT INTO contact (tenant_id, id, data, updated_at) VALUES (?, ?, CAST(? AS JSONB), ?) "
                    + "ON CONFLICT (tenant_id, id) DO UPDATE SET data = EXCLUDED.data, updated_at = EXCLUDED.updated_at");

    private final String name;
    private final String jsonType;
    private final String jsonParameter;
    private final String upsertContact;
    private final String lockForUpdateOfNonKeys;
    private final Optional<String> planOnceByKeys;
    private final Optional<String> commitWithoutWaitingForTheDisk;

    SqlDialect(String name, String jsonType, String jsonParameter, String lockForUpdateOfNonKeys,
               Optional<String> planOnceByKeys, Optional<String> commitWithoutWaitingForTheDisk, String upsertContact) {
        this.name = name;
        this.jsonType = jsonType;
        this.jsonParameter = jsonParameter;
        this.lockForUpdateOfNonKeys = lockForUpdateOfNonKeys;
        this.planOnceByKeys = planOnceByKeys;
        this.commitWithoutWaitingForTheDisk = commitWithoutWaitingForTheDisk;
        this.upsertContact = upsertContact;
    }

    public static SqlDialect of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return of(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database to see which one it is", e);
        }
    }

    public static SqlDialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("h2")) {
            return H2;
        }
        if (product.contains("postgres")) {
            return POSTGRESQL;
        }
        throw new IllegalStateException("Switchboard runs on H2 or PostgreSQL, not on " + product);
    }

    /** Where the schema migrations that only this database runs are, beside the shared ones in {@code db/migration}. */
    public String migrations() {
        return "classpath:db/migration-" + name;
    }

    /** The column type for JSON documents. */
    public String jsonType() {
        return jsonType;
    }

    /** A parameter marker that stores JSON text as a JSON document rather than a JSON string. */
    public String jsonParameter() {
        return jsonParameter;
    }

    /**
     * The row lock of a query whose rows are then updated in columns no foreign key refers to: on
     * PostgreSQL {@code FOR NO KEY UPDATE}, which lets other transactions meanwhile insert rows that
     * refer to the locked ones (their foreign key checks take {@code FOR KEY SHARE}, which
     * {@code FOR UPDATE} would make wait); H2 has {@code FOR UPDATE} only, and its foreign key checks
     * take no row lock.
     */
    public String lockForUpdateOfNonKeys() {
        return lockForUpdateOfNonKeys;
    }

    /**
     * The statement that has a claim of deliveries, an outcome batch, or a relay's claim of event
     * endpoints and the record of its round use plans made once per connection that find every row
     * by a key or in the order of the index the query asks for. Such transactions run for every few
     * deliveries sent, and planning their queries afresh each time took as long as running them
     * (bench/README.md). Every query they make reads rows by their key (a delivery's, a message's,
     * an event's, a queue entry's) or in the order of a claim's partial index, and the endpoints,
     * few, by their key's index: with sequential scans, sorting, hash and merge joins off, that is
     * the only plan left, right whether the tables hold nothing or millions of rows. So a plan made
     * once (PostgreSQL's generic plan of a statement the driver prepared) stays right as the tables
     * grow, where a plan costed on the tables' statistics would not (they lag behind tables that
     * grow by thousands of rows a minute). JIT compilation is off, since the costs that turn the
     * other plans off would have each query compiled. The same texts used elsewhere are lookups of
     * one key, planned by it at any size.
     */
    public Optional<String> planOnceByKeys() {
        return planOnceByKeys;
    }

    /**
     * The statement that has the transaction's commit return before its record is on disk
     * (PostgreSQL's {@code synchronous_commit = off}): a crash of the database can then undo the
     * transaction, never leave it half done, and never undo another's. Only for writes that may be
     * lost and done again; H2 writes every commit alike.
     */
    public Optional<String> commitWithoutWaitingForTheDisk() {
        return commitWithoutWaitingForTheDisk;
    }

    /** Inserts a contact or replaces its data: tenant id, contact id, data (JSON text), time. */
    public String upsertContact() {
        return upsertContact;
    }
}
