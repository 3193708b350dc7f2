package switchboard.application.delivery;

import java.util.Objects;
import java.util.Optional;

import switchboard.domain.delivery.DeliveryStatus;
import switchboard.domain.recipient.Channel;

/** Which deliveries to list: those in a status, of a channel. Empty parts do not filter. */
public record DeliveryFilter(Optional<DeliveryStatus> status, Optional<Channel> channel) {

    public DeliveryFilter {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(channel, "channel");
    }
}
