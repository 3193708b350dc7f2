package switchboard.adapter.out.persistence;

import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import switchboard.application.shared.StoreUnavailableException;

/**
 * Plain JDBC inside Micronaut's transactions: each call of {@link #read} or {@link #write} is
 * one transaction, and the helpers bind parameters and map rows without ceremony.
 */
@Singleton
public class Database {

    /** SQLSTATE of a unique-constraint violation, the same on H2 and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";
    /** SQLSTATE classes of a lost or refused connection (08) and of a server shutting down (PostgreSQL's 57P0x). */
    private static final String CONNECTION_EXCEPTION = "08";
    private static final String SHUTTING_DOWN = "57P0";

    private final ConnectionOperations<Connection> connections;
    private final TransactionOperations<Connection> transactions;
    private final SqlDialect dialect;

    public Database(ConnectionOperations<Connection> connections, TransactionOperations<Connection> transactions) {
        this.connections = connections;
        this.transactions = transactions;
        this.dialect = read(SqlDialect::of);
    }

    public SqlDialect dialect() {
        return dialect;
    }

    /**
     * Has the rest of the transaction's queries (a claim of deliveries or of event endpoints, an
     * outcome batch, a relay's record of its round) use plans made once that read by keys and in the order of the claims' indexes,
     * on databases that need telling ({@link SqlDialect#planOnceByKeys}).
     */
    public void planOnceByKeys(Connection connection) throws SQLException {
        runIfAny(connection, dialect.planOnceByKeys());
    }

    /**
     * Has the transaction's commit return before its record is on disk, on databases that can
     * ({@link SqlDialect#commitWithoutWaitingForTheDisk}): only for writes that a crash of the database
     * may undo without harm, as those done again anyway.
     */
    public void commitWithoutWaitingForTheDisk(Connection connection) throws SQLException {
        runIfAny(connection, dialect.commitWithoutWaitingForTheDisk());
    }

    private static void runIfAny(Connection connection, Optional<String> statement) throws SQLException {
        if (statement.isPresent()) {
            update(connection, statement.get());
        }
    }

    /**
     * Runs reads on a connection in auto-commit, or in the transaction under way: a transaction of
     * their own would cost a round trip more for its commit and buy nothing, since each statement
     * sees the data committed when it starts either way (READ COMMITTED).
     */
    public <T> T read(Work<T> work) {
        try {
            return connections.executeRead(status -> unchecked(work, status.getConnection()));
        } catch (RuntimeException e) {
            throw unavailableOrAsIs(e);
        }
    }

    public <T> T write(Work<T> work) {
        try {
            return transactions.executeWrite(status -> unchecked(work, status.getConnection()));
        } catch (RuntimeException e) {
            throw unavailableOrAsIs(e);
        }
    }

    /**
     * A failure to reach the database (no connection within the pool's timeout, a connection it
     * closed, a server shutting down) as {@link StoreUnavailableException}; any other as it is.
     */
    public static RuntimeException unavailableOrAsIs(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith(CONNECTION_EXCEPTION) || sql.getSQLState().startsWith(SHUTTING_DOWN))) {
                return new StoreUnavailableException("the database cannot be reached: " + cause.getMessage(), failure);
            }
        }
        return failure;
    }

    private static <T> T unchecked(Work<T> work, Connection connection) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new DataAccessException(e.getMessage(), e);
        }
    }

    /** Runs an insert in a transaction of its own; false if it would break a unique constraint. */
    public boolean insertUnlessDuplicate(String sql, Object... parameters) {
        try {
            return write(connection -> update(connection, sql, parameters) > 0);
        } catch (RuntimeException e) {
            if (isUniqueViolation(e)) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Updates the row, or inserts it if there is none. Both statements take the same parameters in
     * the same order. Portable across H2 and PostgreSQL, unlike their own upsert syntaxes.
     */
    public void upsert(String updateSql, String insertSql, Object... parameters) {
        if (write(connection -> update(connection, updateSql, parameters)) > 0) {
            return;
        }
        if (!insertUnlessDuplicate(insertSql, parameters)) {
            // Another writer inserted the row between the two statements: this write comes after it.
            write(connection -> update(connection, updateSql, parameters));
        }
    }

    public static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        }
    }

    public static <T> List<T> query(Connection connection, String sql, RowMapper<T> mapper, Object... parameters)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return result;
            }
        }
    }

    public static <T> Optional<T> queryOne(Connection connection, String sql, RowMapper<T> mapper, Object... parameters)
            throws SQLException {
        return query(connection, sql, mapper, parameters).stream().findFirst();
    }

    /** Binds parameters in order; {@link Instant}s become timestamps with time zone. */
    public static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object parameter = parameters[i];
            statement.setObject(i + 1, parameter instanceof Instant instant ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC)
                    : parameter);
        }
    }

    /** "?, ?, ?" for an IN list of the given size. */
    public static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    public static Instant instant(ResultSet rows, String column) throws SQLException {
        OffsetDateTime time = rows.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    public static UUID uuid(ResultSet rows, String column) throws SQLException {
        return rows.getObject(column, UUID.class);
    }

    /** The ids as an SQL array, to bind to a {@code UUID ARRAY} column or parameter. */
    public static Array uuidArray(Connection connection, Collection<UUID> ids) throws SQLException {
        return connection.createArrayOf("uuid", ids.toArray());
    }

    /** A {@code UUID ARRAY} column's ids, in their order. */
    public static List<UUID> uuids(ResultSet rows, String column) throws SQLException {
        Array array = rows.getArray(column);
        try {
            return Arrays.stream((Object[]) array.getArray()).map(UUID.class::cast).toList();
        } finally {
            array.free();
        }
    }

    private static boolean isUniqueViolation(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }
}
