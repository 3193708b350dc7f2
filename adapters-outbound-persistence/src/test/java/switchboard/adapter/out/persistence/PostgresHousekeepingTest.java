package switchboard.adapter.out.persistence;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.exceptions.BeanInstantiationException;
import org.junit.jupiter.api.Test;

import java.sql.Statement;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import switchboard.application.memory.FakeSecretSealer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostgresHousekeepingTest {

    @Test
    void vacuumsATableOnceItHoldsEnoughDeadRowsAndLeavesTheOthers() {
        try (ApplicationContext context = start(TestDatabases.postgresProperties())) {
            Database database = context.getBean(Database.class);
            PostgresHousekeeping housekeeping = context.getBean(PostgresHousekeeping.class);
            churn(database, PostgresHousekeeping.DEAD_ROWS - 1);
            assertThat(housekeeping.vacuumTablesWithDeadRows()).as("not enough dead rows yet").doesNotContain("rate_limit_bucket");

            churn(database, 2);
            assertThat(housekeeping.vacuumTablesWithDeadRows()).containsExactly("rate_limit_bucket");

            assertThat(statistics(database, "vacuum_count")).isEqualTo(1);
            assertThat(statistics(database, "n_dead_tup")).isZero();
        }
    }

    @Test
    void refusesAnUnknownSettingByName() {
        Map<String, Object> properties = new HashMap<>(TestDatabases.postgresProperties());
        properties.put("switchboard.database.vacuum", "sometimes");

        assertThatThrownBy(() -> start(properties)).isInstanceOf(BeanInstantiationException.class)
                .hasMessageContaining("switchboard.database.vacuum must be auto or off, not sometimes");
    }

    @Test
    void isNotThereOnH2() {
        try (ApplicationContext context = start(TestDatabases.h2Properties())) {
            assertThat(context.findBean(PostgresHousekeeping.class)).isEmpty();
        }
    }

    private static ApplicationContext start(Map<String, Object> properties) {
        return ApplicationContext.builder().properties(properties).singletons(Clock.systemUTC(), new FakeSecretSealer()).start();
    }

    /** Leaves that many dead rows in a table: inserted, then deleted, and the statistics sent at once. */
    private static void churn(Database database, long rows) {
        database.read(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO rate_limit_bucket (id, state, expires_at) SELECT 'churn-' || i, NULL, 0 "
                        + "FROM generate_series(1, " + rows + ") i");
                statement.execute("DELETE FROM rate_limit_bucket WHERE id LIKE 'churn-%'");
                statement.execute("SELECT pg_stat_force_next_flush()");
            }
            return null;
        });
    }

    private static long statistics(Database database, String column) {
        return database.read(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT pg_stat_clear_snapshot()");
            }
            return Database.queryOne(connection, "SELECT " + column + " FROM pg_stat_user_tables WHERE schemaname = "
                    + "current_schema() AND relname = 'rate_limit_bucket'", row -> row.getLong(1)).orElseThrow();
        });
    }
}
