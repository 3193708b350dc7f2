package switchboard.bootstrap;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

import java.time.Duration;

/**
 * Gives the connection pool {@code switchboard.database.connection-timeout} (3 s) as the longest a
 * request waits for a connection, instead of HikariCP's 30 s: while the database is down a request
 * is answered 503 after that time rather than hang.
 */
@Singleton
class DatabaseConnectionTimeout implements BeanCreatedEventListener<DatasourceConfiguration> {

    private final Duration timeout;

    DatabaseConnectionTimeout(@Value("${switchboard.database.connection-timeout:3s}") Duration timeout) {
        if (timeout.toMillis() < 250) {
            throw new IllegalStateException("switchboard.database.connection-timeout must be 250ms or more, not " + timeout);
        }
        this.timeout = timeout;
    }

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration configuration = event.getBean();
        configuration.setConnectionTimeout(timeout.toMillis());
        return configuration;
    }
}
