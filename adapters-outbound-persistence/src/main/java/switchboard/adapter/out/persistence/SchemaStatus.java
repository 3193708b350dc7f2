package switchboard.adapter.out.persistence;

import jakarta.inject.Singleton;

/** Whether the database holds the schema this build needs: Flyway's history has its latest migration. */
@Singleton
public class SchemaStatus {

    /** The version of the newest migration both databases run ({@code db/migration}); a test keeps it in step. */
    public static final int LATEST_MIGRATION = 42;

    private final Database database;

    public SchemaStatus(Database database) {
        this.database = database;
    }

    /** The highest migration Flyway applied successfully; one round trip to the database. */
    public int appliedVersion() {
        return database.read(connection -> Database.query(connection,
                        // Quoted: Flyway creates its table in lower case on H2 too.
                        "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL",
                        row -> row.getString("version")))
                .stream().mapToInt(version -> Integer.parseInt(version.split("\\.")[0])).max().orElse(0);
    }
}
