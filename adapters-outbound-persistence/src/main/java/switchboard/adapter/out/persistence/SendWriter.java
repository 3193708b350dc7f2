package switchboard.adapter.out.persistence;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;

import switchboard.application.message.port.SendToStore;
import switchboard.application.shared.StoreUnavailableException;
import switchboard.domain.message.MessageId;
import switchboard.domain.recipient.Recipient;
import switchboard.domain.tenant.TenantId;

/**
 * Stores sends in shared transactions (group commit). Each writer thread takes every send
 * waiting when its previous commit ends, up to {@code switchboard.send.group-max-rows} rows
 * (waiting up to {@code switchboard.send.group-linger} for more, zero by default), and stores
 * them in one transaction: one lookup of the suppressed recipients for the group (and of the
 * messages that repeated requests stored before), each send's messages composed without them,
 * every row inserted, one commit. Each caller is answered only
 * after that commit.
 * <p>
 * A group whose transaction fails fails every send in it and stores nothing of them; when the
 * failure lies in the data (a constraint or a value the database refused), each send is tried
 * again alone, so that one bad send fails only itself. Other groups are not affected.
 */
@Singleton
public class SendWriter {

    private static final Duration IDLE_POLL = Duration.ofMillis(100);

    private final Database database;
    private final OutboxInserts inserts;
    private final long lingerNanos;
    private final int maxRows;
    private final LinkedBlockingDeque<Pending<?>> waiting = new LinkedBlockingDeque<>();
    private final List<Thread> writers = new ArrayList<>();
    private boolean closed;

    public SendWriter(Database database, OutboxInserts inserts,
                      @Value("${switchboard.send.writers:2}") int writers,
                      @Value("${switchboard.send.group-linger:0ms}") Duration linger,
                      @Value("${switchboard.send.group-max-rows:5000}") int maxRows) {
        if (writers < 1) {
            throw new IllegalArgumentException("switchboard.send.writers must be 1 or more, not " + writers);
        }
        if (linger.isNegative()) {
            throw new IllegalArgumentException("switchboard.send.group-linger must not be negative, not " + linger);
        }
        if (maxRows < 1) {
            throw new IllegalArgumentException("switchboard.send.group-max-rows must be 1 or more, not " + maxRows);
        }
        this.database = database;
        this.inserts = inserts;
        this.lingerNanos = linger.toNanos();
        this.maxRows = maxRows;
        for (int i = 1; i <= writers; i++) {
            Thread writer = new Thread(this::writeUntilClosed, "send-writer-" + i);
            writer.setDaemon(true);
            this.writers.add(writer);
            writer.start();
        }
    }

    /**
     * Stores the send in the next group and waits, however long it takes, for that group's commit:
     * an answer given before it could be lost.
     *
     * @throws DataAccessException if the send's transaction failed; nothing of it was stored
     * @throws StoreUnavailableException once the writer is closed (the gateway is stopping), which the APIs answer with 503
     */
    public <T> T store(SendToStore<T> send) {
        Pending<T> pending = new Pending<>(send);
        synchronized (this) {
            if (closed) {
                throw new StoreUnavailableException("the gateway is stopping and stores no more sends", null);
            }
            waiting.add(pending);
        }
        try {
            return pending.result.join();
        } catch (CompletionException failed) {
            // The database's failure again, with this caller's stack; a send's own refusal as it was.
            Throwable cause = failed.getCause();
            throw cause instanceof RuntimeException refused && !(cause instanceof DataAccessException) ? refused
                    : new DataAccessException("storing the send failed: " + cause.getMessage(), cause);
        }
    }

    /** Stores what is waiting, then stops the writers. */
    @PreDestroy
    public void close() throws InterruptedException {
        synchronized (this) {
            closed = true;
        }
        for (Thread writer : writers) {
            writer.join();
        }
    }

    private void writeUntilClosed() {
        while (true) {
            // Read before the poll: once closed, no send is added, so an empty poll after it means none is left.
            boolean closing = isClosed();
            Pending<?> first;
            try {
                first = waiting.pollFirst(IDLE_POLL.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                // Nothing interrupts the writers: a caller waits for its send's commit however long it takes.
                continue;
            }
            if (first != null) {
                commit(gather(first));
            } else if (closing) {
                return;
            }
        }
    }

    private synchronized boolean isClosed() {
        return closed;
    }

    /** The first send and those waiting after it, within the linger and the rows a group may hold. */
    private List<Pending<?>> gather(Pending<?> first) {
        List<Pending<?>> group = new ArrayList<>(List.of(first));
        int rows = first.send.rows();
        long deadline = System.nanoTime() + lingerNanos;
        while (rows < maxRows) {
            Pending<?> next;
            try {
                next = waiting.pollFirst(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                break;
            }
            if (next == null) {
                break;
            }
            if (rows + next.send.rows() > maxRows) {
                waiting.offerFirst(next);
                break;
            }
            group.add(next);
            rows += next.send.rows();
        }
        return group;
    }

    private void commit(List<Pending<?>> group) {
        commit(group, true);
    }

    /**
     * A data failure of a group is tried again send by send, once. A send alone is tried again only
     * if it repeats a request: its fixed ids may have been stored by the request it repeats, still
     * running when this one looked them up, and the next try finds them.
     */
    private void commit(List<Pending<?>> group, boolean mayTryAgain) {
        try {
            database.write(connection -> {
                store(connection, group);
                return null;
            });
        } catch (RuntimeException | Error failure) {
            List<Pending<?>> unanswered = group.stream().filter(pending -> !pending.result.isDone()).toList();
            boolean worthAnotherTry = unanswered.size() > 1
                    || unanswered.stream().anyMatch(pending -> !pending.send.fixedIds().isEmpty());
            if (mayTryAgain && worthAnotherTry && liesInTheData(failure)) {
                unanswered.forEach(pending -> commit(List.of(pending), false));
            } else {
                unanswered.forEach(pending -> pending.result.completeExceptionally(failure));
            }
            return;
        }
        group.forEach(Pending::answer);
    }

    /** Looks the group's suppressed recipients up, tenant by tenant, composes each send and inserts every row. */
    private void store(Connection connection, List<Pending<?>> group) throws SQLException {
        Map<TenantId, List<Recipient>> recipients = new LinkedHashMap<>();
        for (Pending<?> pending : group) {
            recipients.computeIfAbsent(pending.send.tenantId(), tenant -> new ArrayList<>()).addAll(pending.send.recipients());
        }
        Map<TenantId, Set<Recipient>> suppressed = new HashMap<>();
        for (Map.Entry<TenantId, List<Recipient>> tenant : recipients.entrySet()) {
            suppressed.put(tenant.getKey(), tenant.getValue().isEmpty() ? Set.of()
                    : JdbcSuppressionList.suppressedAmong(connection, tenant.getKey(), tenant.getValue()));
        }
        Set<MessageId> storedBefore = storedAmong(connection, group);
        List<OutboxInserts.LeasedMessages> rows = new ArrayList<>(group.size());
        for (Pending<?> pending : group) {
            boolean repeat = pending.send.fixedIds().stream().anyMatch(storedBefore::contains);
            if (pending.compose(suppressed.get(pending.send.tenantId()), repeat)) {
                rows.add(pending.rows());
            }
        }
        inserts.insert(connection, rows);
    }

    /** Which of the ids the group's sends fixed ahead (repeats of earlier requests) are stored already. */
    private static Set<MessageId> storedAmong(Connection connection, List<Pending<?>> group) throws SQLException {
        List<UUID> fixed = group.stream().flatMap(pending -> pending.send.fixedIds().stream()).map(MessageId::value).toList();
        if (fixed.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(Database.query(connection, "SELECT id FROM message WHERE id IN ("
                + Database.placeholders(fixed.size()) + ")", row -> new MessageId(Database.uuid(row, "id")), fixed.toArray()));
    }

    /** Whether the database refused the data itself (SQLSTATE class 22 or 23), not the transaction as such. */
    private static boolean liesInTheData(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("22") || sql.getSQLState().startsWith("23"))) {
                return true;
            }
        }
        return false;
    }

    /** A send waiting for its group's commit, and what it composed for the group it is in. */
    private static final class Pending<T> {

        private final SendToStore<T> send;
        private final CompletableFuture<T> result = new CompletableFuture<>();
        private SendToStore.Composition<T> composition;

        Pending(SendToStore<T> send) {
            this.send = send;
        }

        /** Composes the send's messages; false, with the caller answered by the failure, if it could not. */
        boolean compose(Set<Recipient> suppressed, boolean storedBefore) {
            try {
                composition = send.compose(suppressed, storedBefore);
                return true;
            } catch (RuntimeException failure) {
                result.completeExceptionally(failure);
                return false;
            }
        }

        OutboxInserts.LeasedMessages rows() {
            return new OutboxInserts.LeasedMessages(composition.messages(), composition.lease(), send.traceContext());
        }

        void answer() {
            if (composition != null) {
                result.complete(composition.answer());
            }
        }
    }
}
