package switchboard.adapter.in.admin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import switchboard.domain.InvalidValueException;
import switchboard.domain.delivery.DeliveryStatus;
import switchboard.domain.event.EventType;
import switchboard.domain.recipient.Channel;

/**
 * Channels, delivery statuses and event types as the Admin API writes them: any case, e.g. {@code sms},
 * {@code in_app}, {@code dead}, {@code delivery.sent}.
 */
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

    /**
     * The event types named by their wire names; none named (absent or empty) is none, which an
     * endpoint reads as every event.
     *
     * @throws InvalidValueException naming every name that is no event type's
     */
    public static Set<EventType> eventTypes(List<String> names) {
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        List<String> unknown = new ArrayList<>();
        for (String name : names == null ? List.<String>of() : names) {
            Optional.ofNullable(name).flatMap(given -> EventType.named(given.strip().toLowerCase(Locale.ROOT)))
                    .ifPresentOrElse(types::add, () -> unknown.add("'" + name + "'"));
        }
        if (!unknown.isEmpty()) {
            throw new InvalidValueException(String.join(", ", unknown)
                    + (unknown.size() == 1 ? " is not an event type" : " are not event types") + "; use some of "
                    + Arrays.stream(EventType.values()).map(EventType::wireName).toList());
        }
        return types;
    }
}
