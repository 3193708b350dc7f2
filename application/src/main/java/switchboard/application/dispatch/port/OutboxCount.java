package switchboard.application.dispatch.port;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import switchboard.domain.recipient.Channel;

/**
 * The outbox at one moment: its deliveries by channel and state, and when the oldest due one became due.
 *
 * @param oldestDue the not-before time of the delivery that has been due longest; empty when none is due
 */
public record OutboxCount(Instant at, Map<Channel, Map<OutboxState, Long>> deliveries, Optional<Instant> oldestDue) {

    /** The states the metrics count. A queued delivery is due or scheduled; the two add up to queued. */
    public enum OutboxState {
        QUEUED, DUE, SCHEDULED, SENDING, DEAD
    }

    public OutboxCount {
        Objects.requireNonNull(at, "at");
        EnumMap<Channel, Map<OutboxState, Long>> copy = new EnumMap<>(Channel.class);
        deliveries.forEach((channel, states) -> copy.put(channel, Map.copyOf(states)));
        deliveries = copy;
        Objects.requireNonNull(oldestDue, "oldestDue");
    }

    public long of(Channel channel, OutboxState state) {
        return deliveries.getOrDefault(channel, Map.of()).getOrDefault(state, 0L);
    }

    /** How long the oldest due delivery has been due; zero when none is. */
    public Duration oldestDueAge() {
        return oldestDue.map(due -> Duration.between(due, at)).filter(age -> !age.isNegative()).orElse(Duration.ZERO);
    }
}
