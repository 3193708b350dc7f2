package switchboard.adapter.out.persistence;

import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import switchboard.application.dispatch.port.OutboxCensus;
import switchboard.application.dispatch.port.OutboxCount;
import switchboard.application.dispatch.port.OutboxCount.OutboxState;
import switchboard.domain.recipient.Channel;

/**
 * Counts the outbox in one grouped query. It reads the claims' indexes of queued deliveries and of
 * those being sent, and the index of dead ones (migration V32), never the finished history.
 */
@Singleton
public class JdbcOutboxCensus implements OutboxCensus {

    private static final String COUNT = """
            SELECT channel, status, due, COUNT(*) AS deliveries, MIN(not_before) AS oldest FROM (
                SELECT channel, status, not_before, CASE WHEN not_before <= ? THEN 1 ELSE 0 END AS due FROM delivery
                WHERE status = 'QUEUED'
                UNION ALL
                SELECT channel, status, not_before, 0 AS due FROM delivery WHERE status = 'SENDING'
                UNION ALL
                SELECT channel, status, not_before, 0 AS due FROM delivery WHERE status = 'DEAD'
            ) unfinished GROUP BY channel, status, due""";

    private final Database database;

    public JdbcOutboxCensus(Database database) {
        this.database = database;
    }

    @Override
    public OutboxCount count(Instant now) {
        List<Group> groups = database.read(connection -> Database.query(connection, COUNT, rows -> new Group(
                Channel.valueOf(rows.getString("channel")), rows.getString("status"), rows.getInt("due") == 1,
                rows.getLong("deliveries"), Database.instant(rows, "oldest")), now));
        Map<Channel, Map<OutboxState, Long>> counts = new EnumMap<>(Channel.class);
        Optional<Instant> oldestDue = Optional.empty();
        for (Group group : groups) {
            Map<OutboxState, Long> states = counts.computeIfAbsent(group.channel(), channel -> new EnumMap<>(OutboxState.class));
            switch (group.status()) {
                case "QUEUED" -> {
                    states.merge(OutboxState.QUEUED, group.deliveries(), Long::sum);
                    states.merge(group.due() ? OutboxState.DUE : OutboxState.SCHEDULED, group.deliveries(), Long::sum);
                    if (group.due() && oldestDue.map(oldest -> group.oldest().isBefore(oldest)).orElse(true)) {
                        oldestDue = Optional.of(group.oldest());
                    }
                }
                case "SENDING" -> states.merge(OutboxState.SENDING, group.deliveries(), Long::sum);
                default -> states.merge(OutboxState.DEAD, group.deliveries(), Long::sum);
            }
        }
        return new OutboxCount(now, counts, oldestDue);
    }

    private record Group(Channel channel, String status, boolean due, long deliveries, Instant oldest) {
    }
}
