package switchboard.bootstrap.durability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The gateway processes' shared outbox as the test reads it, straight from the {@code delivery}
 * table: what the processes are doing, seen from outside them, even while none is running.
 */
final class Outbox {

    private final Map<String, Object> database;

    /** @param database the datasource settings the gateway processes were given */
    Outbox(Map<String, Object> database) {
        this.database = database;
    }

    /** How many deliveries are in each status. */
    Map<String, Integer> statusCounts() throws SQLException {
        Map<String, Integer> counts = new TreeMap<>();
        query("SELECT status, COUNT(*) FROM delivery GROUP BY status", row -> counts.put(row.getString(1), row.getInt(2)));
        return counts;
    }

    /** The addresses of the deliveries in a status, e.g. those claimed by a worker and not yet recorded. */
    Set<String> addressesIn(String status) throws SQLException {
        Set<String> addresses = new HashSet<>();
        query("SELECT address FROM delivery WHERE status = ?", row -> addresses.add(row.getString(1)), status);
        return addresses;
    }

    /**
     * The deliveries' history as the attempts left it: for each attempt number and outcome, how many
     * deliveries have such an entry (a delivery with two is counted twice), e.g. {@code {1 SENT=4990, 2 SENT=10}}.
     */
    Map<String, Integer> historyByAttemptAndOutcome() throws SQLException {
        Map<String, Integer> counts = new TreeMap<>();
        query("SELECT attempt, outcome, COUNT(DISTINCT delivery_id) FROM delivery_attempt GROUP BY attempt, outcome",
                row -> counts.put(row.getInt(1) + " " + row.getString(2), row.getInt(3)));
        return counts;
    }

    /** How many entries the deliveries' history holds. */
    int historyEntries() throws SQLException {
        int[] entries = {0};
        query("SELECT COUNT(*) FROM delivery_attempt", row -> entries[0] = row.getInt(1));
        return entries[0];
    }

    /** The most claims any one delivery took. */
    int mostAttempts() throws SQLException {
        int[] most = {0};
        query("SELECT MAX(attempts) FROM delivery", row -> most[0] = row.getInt(1));
        return most[0];
    }

    /**
     * Waits until {@code total} deliveries exist and none is still queued or sending, and returns
     * the status counts then.
     */
    Map<String, Integer> awaitSettled(int total, Duration patience, String whileWaitingOn)
            throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            Map<String, Integer> counts = statusCounts();
            boolean settled = counts.values().stream().mapToInt(Integer::intValue).sum() == total
                    && !counts.containsKey("QUEUED") && !counts.containsKey("SENDING");
            if (settled) {
                return counts;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the " + total + " deliveries were not all done within " + patience
                        + "; deliveries by status: " + counts + "; see " + whileWaitingOn);
            }
            Thread.sleep(200);
        }
    }

    private void query(String sql, RowReader reader, Object... parameters) throws SQLException {
        try (Connection connection = DriverManager.getConnection((String) database.get("datasources.default.url"),
                (String) database.get("datasources.default.username"), (String) database.get("datasources.default.password"));
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        }
    }

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }
}
