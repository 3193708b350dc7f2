package switchboard.application.event.port;

import java.util.Objects;
import java.util.Optional;

import switchboard.domain.event.Event;

/**
 * An event waiting to be posted to one endpoint, with what its message says of where it came from.
 *
 * @param position its place in the endpoint's queue: events are posted in this order
 * @param origin   the API that accepted the message; empty once the message is purged
 * @param campaign the message's campaign, if it has one
 */
public record QueuedEvent(long position, Event event, Optional<String> origin, Optional<String> campaign) {

    public QueuedEvent {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(campaign, "campaign");
    }
}
