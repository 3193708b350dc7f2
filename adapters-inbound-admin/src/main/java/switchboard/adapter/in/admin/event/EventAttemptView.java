package switchboard.adapter.in.admin.event;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

import switchboard.application.event.EventAttempt;

/**
 * One post of an event to an endpoint: {@code status} is the endpoint's HTTP status, absent when
 * it gave none (refused, unreachable, timed out); {@code detail} the start of its answer, or why
 * there was none.
 */
@Serdeable
public record EventAttemptView(String eventId, String type, Instant at, boolean delivered, Integer status, long latencyMs,
                               String detail) {

    static EventAttemptView of(EventAttempt attempt) {
        return new EventAttemptView(attempt.eventId().toString(), attempt.type().wireName(), attempt.at(), attempt.delivered(),
                attempt.status().isPresent() ? attempt.status().getAsInt() : null, attempt.latencyMillis(), attempt.detail());
    }
}
