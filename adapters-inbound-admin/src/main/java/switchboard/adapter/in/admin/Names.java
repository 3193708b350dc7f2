package switchboard.adapter.in.admin;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import switchboard.domain.InvalidValueException;
import switchboard.domain.delivery.DeliveryStatus;
import switchboard.domain.recipient.Channel;

/** Channels and delivery statuses as the Admin API writes them: any case, e.g. {@code sms}, {@code in_app}, {@code dead}. */
public final class Names {

    private Names() {
    }

    /** @throws InvalidValueException if no channel has the name */
    public static Channel channel(String name) {
        String normalized = name.strip().toUpperCase(Locale.ROOT).replace("INAPP", "IN_APP");
        return Arrays.stream(Channel.values()).filter(channel -> channel.name().equals(normalized)).findFirst()
                .orElseThrow(() -> new InvalidValueException("'" + name + "' is not a channel; use one of "
                        + Arrays.toString(Channel.values())));
    }

    /** A query's channel filter: empty when the query names none. */
    public static Optional<Channel> channelFilter(String name) {
        return name == null || name.isBlank() ? Optional.empty() : Optional.of(channel(name));
    }

    /** @throws InvalidValueException if no status has the name */
    public static DeliveryStatus status(String name) {
        return Arrays.stream(DeliveryStatus.values()).filter(status -> status.name().equalsIgnoreCase(name.strip()))
                .findFirst().orElseThrow(() -> new InvalidValueException("'" + name + "' is not a delivery status; use one of "
                        + Arrays.toString(DeliveryStatus.values())));
    }
}
