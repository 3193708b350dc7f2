package switchboard.adapter.out.persistence;

import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import switchboard.application.dispatch.port.OutboxCensus;
import switchboard.application.dispatch.port.FinishedMinute;
import switchboard.application.dispatch.port.OutboxCount;
import switchboard.application.dispatch.port.OutboxCount.OutboxState;
import switchboard.domain.delivery.DeliveryStatus;
import switchboard.domain.recipient.Channel;
import switchboard.domain.tenant.TenantId;

/**
 * Counts the outbox in one grouped query, every tenant's or one tenant's. It reads the claims'
 * indexes of queued deliveries and of those being sent, and the index of dead ones by tenant and
 * channel (migration V34), which answers alone (no time is read for the dead), never the finished
 * history. The deliveries finished lately are read from the index of finished deliveries by time
 * (migration V34), or for one tenant from its index by status and time, from the first minute asked for on.
 */
@Singleton
public class JdbcOutboxCensus implements OutboxCensus {

    private static final String COUNT = """
            SELECT channel, status, due, COUNT(*) AS deliveries, MIN(not_before) AS oldest FROM (
                SELECT channel, status, not_before, CASE WHEN not_before <= ? THEN 1 ELSE 0 END AS due FROM delivery
                WHERE status = 'QUEUED' %1$s
                UNION ALL
                SELECT channel, status, not_before, 0 AS due FROM delivery WHERE status = 'SENDING' %1$s
                UNION ALL
                SELECT channel, 'DEAD' AS status, NULL AS not_before, 0 AS due FROM delivery WHERE status = 'DEAD' %1$s
            ) unfinished GROUP BY channel, status, due""";

    private static final String FINISHED = """
            SELECT channel, status, finished_minute, COUNT(*) AS deliveries FROM (
                SELECT channel, status, CAST(FLOOR(EXTRACT(EPOCH FROM updated_at) / 60) AS BIGINT) AS finished_minute FROM delivery
                WHERE status IN (%s) AND updated_at >= ? %s
            ) finished GROUP BY channel, status, finished_minute""".formatted(FinishedMinute.FINISHED.stream()
            .map(status -> "'" + status.name() + "'").collect(Collectors.joining(", ")), "%s");

    private static final String OF_TENANT = "AND tenant_id = ?";

    private final Database database;

    public JdbcOutboxCensus(Database database) {
        this.database = database;
    }

    @Override
    public OutboxCount count(Optional<TenantId> tenant, Instant now) {
        List<Object> parameters = new ArrayList<>(List.of(now));
        tenant.ifPresent(id -> Collections.addAll(parameters, id.value(), id.value(), id.value()));
        List<Group> groups = database.read(connection -> Database.query(connection,
                COUNT.formatted(tenant.isPresent() ? OF_TENANT : ""), rows -> new Group(
                Channel.valueOf(rows.getString("channel")), rows.getString("status"), rows.getInt("due") == 1,
                rows.getLong("deliveries"), Database.instant(rows, "oldest")), parameters.toArray()));
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

    @Override
    public List<FinishedMinute> finishedSince(Optional<TenantId> tenant, Instant since) {
        List<Object> parameters = new ArrayList<>(List.of(since));
        tenant.ifPresent(id -> parameters.add(id.value()));
        return database.read(connection -> Database.query(connection, FINISHED.formatted(tenant.isPresent() ? OF_TENANT : ""),
                rows -> new FinishedMinute(Channel.valueOf(rows.getString("channel")),
                        DeliveryStatus.valueOf(rows.getString("status")), Instant.ofEpochSecond(rows.getLong("finished_minute") * 60),
                        rows.getLong("deliveries")), parameters.toArray()));
    }

    private record Group(Channel channel, String status, boolean due, long deliveries, Instant oldest) {
    }
}
