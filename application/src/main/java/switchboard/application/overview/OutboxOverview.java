package switchboard.application.overview;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import switchboard.domain.recipient.Channel;

/**
 * The outbox at one moment, for the operator console: per channel, the deliveries queued (due now
 * or scheduled later), being sent and dead, and how long the oldest due delivery has waited.
 */
public record OutboxOverview(Instant at, List<ChannelLine> channels, Duration oldestDueAge) {

    public OutboxOverview {
        Objects.requireNonNull(at, "at");
        channels = List.copyOf(channels);
        Objects.requireNonNull(oldestDueAge, "oldestDueAge");
    }

    /** One channel's line; queued is due plus scheduled. */
    public record ChannelLine(Channel channel, long queued, long due, long scheduled, long sending, long dead) {
    }
}
