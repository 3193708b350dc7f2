package switchboard.adapter.out.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/** The few places where H2 and PostgreSQL need different SQL. */
public enum SqlDialect {

    H2("h2", "JSON", "? FORMAT JSON",
            "MERGE INTO contact (tenant_id, id, data, updated_at) KEY (tenant_id, id) VALUES (?, ?, ? FORMAT JSON, ?)"),
    POSTGRESQL("postgresql", "JSONB", "CAST(? AS JSONB)",
            "INSERT INTO contact (tenant_id, id, data, updated_at) VALUES (?, ?, CAST(? AS JSONB), ?) "
                    + "ON CONFLICT (tenant_id, id) DO UPDATE SET data = EXCLUDED.data, updated_at = EXCLUDED.updated_at");

    private final String name;
    private final String jsonType;
    private final String jsonParameter;
    private final String upsertContact;

    SqlDialect(String name, String jsonType, String jsonParameter, String upsertContact) {
        this.name = name;
        this.jsonType = jsonType;
        this.jsonParameter = jsonParameter;
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

    /** Inserts a contact or replaces its data: tenant id, contact id, data (JSON text), time. */
    public String upsertContact() {
        return upsertContact;
    }
}
