package switchboard.application.event;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.UUID;

import switchboard.domain.event.EventType;

/**
 * One post of an event to an endpoint, as its log keeps it.
 *
 * @param status   the endpoint's HTTP status; empty when it gave none (refused, unreachable, timed out)
 * @param detail   the start of the endpoint's answer, or why there was none
 */
public record EventAttempt(UUID endpointId, UUID eventId, EventType type, Instant at, boolean delivered,
                           OptionalInt status, long latencyMillis, String detail) {

    public static final int MAX_DETAIL_LENGTH = 1000;

    public EventAttempt {
        Objects.requireNonNull(endpointId, "endpointId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(status, "status");
        detail = detail == null ? "" : detail.length() > MAX_DETAIL_LENGTH ? detail.substring(0, MAX_DETAIL_LENGTH) : detail;
    }
}
