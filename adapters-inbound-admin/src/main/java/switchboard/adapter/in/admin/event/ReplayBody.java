package switchboard.adapter.in.admin.event;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import switchboard.application.event.EventSelection;
import switchboard.domain.InvalidValueException;
import switchboard.domain.message.MessageId;

/**
 * Which stored events to post to an endpoint again: a message's ({@code messageId}), or those that
 * occurred from {@code from} (inclusive) until {@code until} (exclusive), ISO-8601 times; with
 * all three, the message's in that time.
 */
@Serdeable
public record ReplayBody(@Nullable String messageId, @Nullable String from, @Nullable String until) {

    /** @throws InvalidValueException if a field is malformed, or the fields select no events */
    public EventSelection selection() {
        return new EventSelection(Optional.ofNullable(messageId).map(ReplayBody::message), time("from", from),
                time("until", until));
    }

    private static MessageId message(String id) {
        try {
            return MessageId.parse(id.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("messageId '" + id + "' is not a message id (a UUID)");
        }
    }

    private static Optional<Instant> time(String field, String text) {
        try {
            return Optional.ofNullable(text).map(given -> Instant.parse(given.strip()));
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field + " '" + text + "' is not an ISO-8601 time such as 2025-03-04T05:06:07Z");
        }
    }
}
