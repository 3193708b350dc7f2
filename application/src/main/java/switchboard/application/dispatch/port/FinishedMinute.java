package switchboard.application.dispatch.port;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import switchboard.domain.delivery.DeliveryStatus;
import switchboard.domain.recipient.Channel;

import static switchboard.domain.Invariants.require;

/**
 * How many deliveries of a channel reached a finished status within one clock minute (by their last
 * change: the provider's answer, or a later report on it).
 *
 * @param minute the start of the minute, on a whole minute of UTC
 */
public record FinishedMinute(Channel channel, DeliveryStatus status, Instant minute, long deliveries) {

    /** The statuses a delivery leaves the outbox in, other than dead: the census counts these as finished. */
    public static final Set<DeliveryStatus> FINISHED = EnumSet.of(DeliveryStatus.SENT, DeliveryStatus.DELIVERED,
            DeliveryStatus.CAPTURED, DeliveryStatus.FAILED);

    public FinishedMinute {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(minute, "minute");
        require(FINISHED.contains(status), "%s is not a finished status", status);
        require(minute.getEpochSecond() % 60 == 0 && minute.getNano() == 0, "a minute starts on a whole minute");
    }
}
