package switchboard.application.overview;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import switchboard.domain.recipient.Channel;

/**
 * The outbox at one moment, for the operator console: per channel, the deliveries queued (due now
 * or scheduled later), being sent and dead, those finished in the last hour, minute by minute, and
 * how long the oldest due delivery has waited.
 *
 * @param since the start of the first of the last hour's minutes
 */
public record OutboxOverview(Instant at, Instant since, List<ChannelLine> channels, Duration oldestDueAge) {

    /** How many minutes the last hour's counts hold; the last is the current minute, so far. */
    public static final int MINUTES = 60;

    public OutboxOverview {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(since, "since");
        channels = List.copyOf(channels);
        Objects.requireNonNull(oldestDueAge, "oldestDueAge");
    }

    /**
     * One channel's line; queued is due plus scheduled. Sent (a provider took it, and may have
     * confirmed it since), captured and failed count the last hour's deliveries.
     *
     * @param lastHour the deliveries finished in each of the last hour's minutes, oldest first
     */
    public record ChannelLine(Channel channel, long queued, long due, long scheduled, long sending, long dead,
                              long sent, long captured, long failed, List<Minute> lastHour) {

        public ChannelLine {
            lastHour = List.copyOf(lastHour);
        }

        public long finished() {
            return sent + captured + failed;
        }
    }

    /** The deliveries finished in one minute: sent or captured, and failed. */
    public record Minute(Instant start, long succeeded, long failed) {

        public long finished() {
            return succeeded + failed;
        }
    }
}
