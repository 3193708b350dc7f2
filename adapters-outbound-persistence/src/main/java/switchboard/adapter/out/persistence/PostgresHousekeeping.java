package switchboard.adapter.out.persistence;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Statement;
import java.util.List;

/**
 * Vacuums the gateway's own tables on a PostgreSQL whose autovacuum is off
 * ({@code switchboard.database.vacuum}: {@code auto}, the default, or {@code off}). Claims read
 * the partial indexes of deliveries due and being sent, and an entry stays in such an index after
 * its row left it until a vacuum removes it: each claim steps over all of them. Without any vacuum
 * a claim's queries cost more with every delivery sent (two to four times as much after 40,000,
 * bench/README.md). Every {@value #CHECK_EVERY} this vacuums the tables of the gateway's schema
 * holding {@value #DEAD_ROWS} dead rows and {@value #DEAD_SHARE_PERCENT}% of their live ones: a
 * vacuum's cost grows with its table, so a large one is vacuumed less often. With autovacuum on
 * (PostgreSQL's default) it does nothing: the server keeps the tables itself.
 */
@Context
@Requires(property = "datasources.default.url", pattern = "jdbc:postgresql:.*")
class PostgresHousekeeping {

    static final long DEAD_ROWS = 10_000;
    private static final int DEAD_SHARE_PERCENT = 5;
    private static final String CHECK_EVERY = "10s";
    private static final Logger LOG = LoggerFactory.getLogger(PostgresHousekeeping.class);

    private final Database database;
    private final boolean enabled;

    PostgresHousekeeping(Database database, @Value("${switchboard.database.vacuum:auto}") String vacuum) {
        if (!vacuum.equals("auto") && !vacuum.equals("off")) {
            throw new IllegalStateException("switchboard.database.vacuum must be auto or off, not " + vacuum);
        }
        this.database = database;
        this.enabled = vacuum.equals("auto");
    }

    @Scheduled(fixedDelay = CHECK_EVERY, initialDelay = CHECK_EVERY)
    void vacuumIfTheServerDoesNot() {
        try {
            if (enabled && !serverVacuums()) {
                vacuumTablesWithDeadRows();
            }
        } catch (RuntimeException e) {
            // The database away for a while, say: the next check tries again.
            LOG.warn("vacuuming the gateway's tables failed: {}", e.getMessage());
        }
    }

    boolean serverVacuums() {
        return database.read(connection -> Database.queryOne(connection, "SELECT current_setting('autovacuum') = 'on' AS on",
                row -> row.getBoolean("on")).orElseThrow());
    }

    /** Vacuums the tables of the gateway's schema with enough dead rows; their names. */
    List<String> vacuumTablesWithDeadRows() {
        List<String> tables = database.read(connection -> Database.query(connection, "SELECT relname FROM pg_stat_user_tables "
                + "WHERE schemaname = current_schema() AND n_dead_tup >= ? + n_live_tup * ? / 100",
                row -> row.getString("relname"), DEAD_ROWS, DEAD_SHARE_PERCENT));
        for (String table : tables) {
            long started = System.nanoTime();
            // Outside a transaction, as VACUUM must run; skipped at once if another process is vacuuming the table.
            database.read(connection -> {
                try (Statement statement = connection.createStatement()) {
                    return statement.execute("VACUUM (SKIP_LOCKED) \"" + table.replace("\"", "\"\"") + "\"");
                }
            });
            LOG.debug("vacuumed {} in {} ms", table, (System.nanoTime() - started) / 1_000_000);
        }
        return tables;
    }
}
