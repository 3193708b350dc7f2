package switchboard.adapter.out.persistence;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;

import switchboard.application.memory.FakeSecretSealer;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaStatusTest {

    @Test
    void theLatestMigrationIsTheNewestScriptBothDatabasesRun() throws IOException {
        // The shared scripts (db/migration) and each database's own (db/migration-h2, db/migration-postgresql).
        try (Stream<Path> scripts = Files.walk(Path.of("src/main/resources/db"))) {
            int newest = scripts.map(script -> script.getFileName().toString()).filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__")))).max().orElseThrow();
            assertThat(SchemaStatus.LATEST_MIGRATION).isEqualTo(newest);
        }
    }

    @Test
    void aMigratedDatabaseHasTheLatestMigration() {
        try (ApplicationContext context = ApplicationContext.builder().properties(TestDatabases.h2Properties())
                .singletons(Clock.systemUTC(), new FakeSecretSealer()).start()) {
            SchemaStatus schema = context.getBean(SchemaStatus.class);

            assertThat(schema.appliedVersion()).isEqualTo(SchemaStatus.LATEST_MIGRATION);
        }
    }
}
