package switchboard.bootstrap;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/**
 * Has PostgreSQL's driver send a batch of inserts as multi-row INSERTs ({@code reWriteBatchedInserts}),
 * so that the server runs one statement for many rows of a batch rather than one per row: the send
 * writer's group commits and the outbox's batches are made of such batches. A
 * {@code reWriteBatchedInserts=false} in the URL still turns it off.
 */
@Singleton
class PostgresMultiRowInserts implements BeanCreatedEventListener<DatasourceConfiguration> {

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration configuration = event.getBean();
        String url = configuration.getUrl();
        if (url != null && url.startsWith("jdbc:postgresql:")) {
            configuration.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        return configuration;
    }
}
