package switchboard.adapter.out.persistence;

import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import switchboard.application.credential.port.FailureLimit;
import switchboard.application.credential.port.LoginFailures;

/**
 * Failed logins in {@code login_failure}, one row per key. A failure is counted by one UPDATE (or
 * the INSERT of a first one), whose row lock orders the processes counting the same key; the
 * count is read back in the same transaction to lock the key when it reaches the limit.
 */
@Singleton
public class JdbcLoginFailures implements LoginFailures {

    private final Database database;

    public JdbcLoginFailures(Database database) {
        this.database = database;
    }

    @Override
    public Optional<Instant> lockedUntil(Collection<String> keys, Instant now) {
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        List<Object> parameters = new ArrayList<>(keys);
        parameters.add(now);
        return database.read(connection -> Database.queryOne(connection, "SELECT MAX(locked_until) AS until FROM login_failure "
                        + "WHERE throttle_key IN (" + Database.placeholders(keys.size()) + ") AND locked_until > ?",
                row -> Optional.ofNullable(Database.instant(row, "until")), parameters.toArray())).flatMap(until -> until);
    }

    @Override
    public void recordFailure(String key, FailureLimit limit, Instant now) {
        Instant windowStart = now.minus(limit.window());
        if (database.write(connection -> count(connection, key, limit, now, windowStart))) {
            return;
        }
        // The key's first failure: its row starts empty, whether this process or another inserts it.
        database.insertUnlessDuplicate("INSERT INTO login_failure (throttle_key, failures, window_start) VALUES (?, 0, ?)",
                key, now);
        database.write(connection -> count(connection, key, limit, now, windowStart));
    }

    /** Counts the failure on the key's row, and locks it if that reaches the limit; false if there is no row. */
    private static boolean count(Connection connection, String key, FailureLimit limit, Instant now, Instant windowStart)
            throws SQLException {
        int updated = Database.update(connection, "UPDATE login_failure SET "
                        + "failures = CASE WHEN window_start <= ? THEN 1 ELSE failures + 1 END, "
                        + "window_start = CASE WHEN window_start <= ? THEN ? ELSE window_start END WHERE throttle_key = ?",
                windowStart, windowStart, now, key);
        if (updated == 0) {
            return false;
        }
        Database.update(connection, "UPDATE login_failure SET locked_until = ?, failures = 0, window_start = ? "
                + "WHERE throttle_key = ? AND failures >= ?", now.plus(limit.lockTime()), now, key, limit.maxFailures());
        return true;
    }

    @Override
    public void clear(String key) {
        database.write(connection -> Database.update(connection, "DELETE FROM login_failure WHERE throttle_key = ?", key));
    }

    @Override
    public int deleteOld(Instant now, Duration window) {
        return database.write(connection -> Database.update(connection, "DELETE FROM login_failure WHERE window_start < ? "
                + "AND (locked_until IS NULL OR locked_until <= ?)", now.minus(window), now));
    }
}
