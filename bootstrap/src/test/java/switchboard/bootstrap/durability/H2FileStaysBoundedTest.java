package switchboard.bootstrap.durability;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default's file stays bounded although every commit is written to it before it
 * returns: with the default URL ({@code WRITE_DELAY=0}, {@code RETENTION_TIME=1000}), H2 reuses the
 * space of chunks nothing refers to any more once they are a second old. Rounds of outbox-like
 * commits (insert a row, update an earlier one, delete the oldest), each followed by a pause longer
 * than the retention time, leave a file of about one round's chunks plus the live rows, a tenth of
 * what H2 wrote, whatever the machine's speed; with H2's default retention of 45 seconds all that
 * it wrote would still be in the file.
 */
class H2FileStaysBoundedTest {

    private static final int ROUNDS = 10;
    private static final int SENDS_PER_ROUND = 500;
    private static final int LIVE_ROWS = 1_000;
    private static final long PAST_RETENTION_MILLIS = 1_500;
    private static final String BODY = "x".repeat(400);

    @Test
    void roundsOfCommitsReuseTheSpaceOfTheChunksBeforeThem(@TempDir Path dataDir) throws Exception {
        String url = defaultUrl(dataDir);
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            assertThat(setting(c, "WRITE_DELAY")).as("WRITE_DELAY of %s", url).isEqualTo("0");
            try (Statement s = c.createStatement()) {
                s.execute("create table message(id bigint primary key, status varchar(20), body varchar(600))");
                s.execute("create index message_status on message(status, id)");
            }
            c.setAutoCommit(false);
            long id = 0;
            for (int round = 0; round < ROUNDS; round++) {
                for (int send = 0; send < SENDS_PER_ROUND; send++) {
                    send(c, id++);
                }
                Thread.sleep(PAST_RETENTION_MILLIS);
            }
            long written = Long.parseLong(setting(c, "info.FILE_WRITE_BYTES"));
            long size = Files.size(dataDir.resolve("switchboard.mv.db"));
            assertThat(size)
                    .as("file after %d rounds of %d sends, %d bytes written to it", ROUNDS, SENDS_PER_ROUND, written)
                    .isLessThan(written / 3);
        }
    }

    /** The default {@code datasources.default.url} of application.yml, on {@code dataDir}. */
    private static String defaultUrl(Path dataDir) {
        try (ApplicationContext context = ApplicationContext.builder()
                .properties(Map.of("switchboard.data-dir", dataDir.toString()))
                .build()) {
            context.getEnvironment().start();
            return context.getEnvironment().getRequiredProperty("datasources.default.url", String.class);
        }
    }

    private static void send(Connection c, long id) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("insert into message values (?, 'queued', ?)");
             PreparedStatement update = c.prepareStatement("update message set status = 'sent' where id = ?");
             PreparedStatement delete = c.prepareStatement("delete from message where id = ?")) {
            insert.setLong(1, id);
            insert.setString(2, BODY);
            insert.executeUpdate();
            c.commit();
            update.setLong(1, id - 100);
            update.executeUpdate();
            c.commit();
            delete.setLong(1, id - LIVE_ROWS);
            delete.executeUpdate();
            c.commit();
        }
    }

    private static String setting(Connection c, String name) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(
                "select setting_value from information_schema.settings where setting_name = ?")) {
            query.setString(1, name);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).as("setting %s", name).isTrue();
                return row.getString(1);
            }
        }
    }
}
