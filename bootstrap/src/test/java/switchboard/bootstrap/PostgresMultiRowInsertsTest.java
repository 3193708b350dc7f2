package switchboard.bootstrap;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.sql.PreparedStatement;
import java.sql.Statement;

import switchboard.adapter.out.persistence.Database;
import switchboard.adapter.out.persistence.TestDatabases;

import static org.assertj.core.api.Assertions.assertThat;

class PostgresMultiRowInsertsTest {

    @Test
    void theGatewaysPostgresConnectionsSendABatchOfInsertsAsMultiRowInserts() {
        try (ApplicationContext context = ApplicationContext.run(TestDatabases.postgresProperties())) {
            int[] counts = context.getBean(Database.class).write(connection -> {
                try (Statement ddl = connection.createStatement()) {
                    ddl.execute("CREATE TEMPORARY TABLE batched (n INTEGER)");
                }
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO batched (n) VALUES (?)")) {
                    for (int n = 0; n < 4; n++) {
                        insert.setInt(1, n);
                        insert.addBatch();
                    }
                    return insert.executeBatch();
                }
            });

            // The driver answers "no count" for the rows of a batch it rewrote (in groups of a power of two: 4 in one),
            // and 1 for each row it sent alone.
            assertThat(counts).containsOnly(Statement.SUCCESS_NO_INFO);
        }
    }
}
