package switchboard.adapter.out.persistence;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Assumptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import switchboard.application.memory.FakeSecretSealer;

/**
 * The databases tests run against: an in-memory H2, and the PostgreSQL at
 * {@code SWITCHBOARD_TEST_POSTGRES_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/test},
 * user {@code postgres}) in a schema of its own that is dropped when the tests end.
 * <p>
 * Where PostgreSQL is unreachable its tests are skipped with a warning, except when
 * {@code CI} or {@code SWITCHBOARD_REQUIRE_POSTGRES} is set: then they fail.
 */
public final class TestDatabases {

    private static final Logger LOG = LoggerFactory.getLogger(TestDatabases.class);
    private static final String POSTGRES_URL = System.getenv().getOrDefault("SWITCHBOARD_TEST_POSTGRES_URL",
            "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String POSTGRES_USER = System.getenv().getOrDefault("SWITCHBOARD_TEST_POSTGRES_USER", "postgres");
    private static final String POSTGRES_PASSWORD = System.getenv().getOrDefault("SWITCHBOARD_TEST_POSTGRES_PASSWORD", "");
    private static final String[] TABLES = {"event_attempt", "event_queue", "event", "event_endpoint", "delivery_attempt", "delivery_credentials", "delivery", "message_attachment", "message",
            "inbox_item", "contact_import_error", "contact_import", "contact_address", "contact", "message_template", "credential", "provider_settings",
            "suppressed_address", "provider_token", "idempotency_key", "rate_limit_bucket", "tenant"};

    private static ApplicationContext h2;
    private static ApplicationContext postgres;

    private TestDatabases() {
    }

    /** Datasource settings for a fresh in-memory H2 database. */
    public static Map<String, Object> h2Properties() {
        return Map.of(
                "datasources.default.url", "jdbc:h2:mem:test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "datasources.default.username", "sa",
                "datasources.default.password", "",
                "datasources.default.driver-class-name", "org.h2.Driver",
                "flyway.datasources.default.enabled", true);
    }

    /**
     * Datasource settings for a fresh schema in the test PostgreSQL, dropped when the JVM exits;
     * skips or fails the calling test when PostgreSQL is unreachable (see the class comment).
     */
    public static Map<String, Object> postgresProperties() {
        requirePostgres();
        String schema = "sb_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> dropSchema(schema)));
        return Map.of(
                "datasources.default.url", POSTGRES_URL + (POSTGRES_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                "datasources.default.username", POSTGRES_USER,
                "datasources.default.password", POSTGRES_PASSWORD,
                "datasources.default.driver-class-name", "org.postgresql.Driver",
                "flyway.datasources.default.enabled", true,
                "flyway.datasources.default.schemas", schema);
    }

    /** Stores over the shared in-memory H2 database, emptied. */
    public static synchronized JdbcStores emptyH2() {
        if (h2 == null) {
            h2 = start(h2Properties());
        }
        return empty(h2);
    }

    /** Stores over the shared PostgreSQL schema, emptied. */
    public static synchronized JdbcStores emptyPostgres() {
        if (postgres == null) {
            postgres = start(postgresProperties());
        }
        return empty(postgres);
    }

    private static ApplicationContext start(Map<String, Object> properties) {
        // The contract tests share one context and empty its tables between tests: nothing may stay cached.
        return ApplicationContext.builder().properties(properties)
                .properties(Map.of("switchboard.providers.settings-cache-ttl", "0s", "switchboard.lookup-cache-ttl", "0s"))
                .singletons(Clock.systemUTC(), new FakeSecretSealer()).start();
    }

    private static JdbcStores empty(ApplicationContext context) {
        context.getBean(Database.class).write(connection -> {
            try (Statement statement = connection.createStatement()) {
                for (String table : TABLES) {
                    statement.executeUpdate("DELETE FROM " + table);
                }
            }
            return null;
        });
        return new JdbcStores(context);
    }

    private static void requirePostgres() {
        try (Connection ignored = DriverManager.getConnection(POSTGRES_URL, POSTGRES_USER, POSTGRES_PASSWORD)) {
            return;
        } catch (SQLException e) {
            String problem = "PostgreSQL is unreachable at " + POSTGRES_URL + " (" + e.getMessage() + ")";
            if (isSet("CI") || isSet("SWITCHBOARD_REQUIRE_POSTGRES")) {
                throw new AssertionError(problem + "; CI requires it", e);
            }
            LOG.warn("\n\n*** SKIPPING POSTGRESQL TESTS: {} ***\n*** Start PostgreSQL (see README) to run them. ***\n",
                    problem);
            Assumptions.abort(problem);
        }
    }

    private static boolean isSet(String variable) {
        String value = System.getenv(variable);
        return value != null && !value.isBlank() && !value.toLowerCase(Locale.ROOT).equals("false");
    }

    private static void dropSchema(String schema) {
        try (Connection connection = DriverManager.getConnection(POSTGRES_URL, POSTGRES_USER, POSTGRES_PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            LOG.warn("could not drop the test schema {}: {}", schema, e.getMessage());
        }
    }
}
