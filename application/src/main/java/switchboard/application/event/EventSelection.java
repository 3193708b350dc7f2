package switchboard.application.event;

import static switchboard.domain.Invariants.require;
import static switchboard.domain.Invariants.requireStorableTime;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import switchboard.domain.message.MessageId;

/** Which stored events a replay posts again: those of one message, or those that occurred in a time range. */
public record EventSelection(Optional<MessageId> message, Optional<Instant> from, Optional<Instant> until) {

    public EventSelection {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(from, "from").ifPresent(time -> requireStorableTime(time, "from"));
        Objects.requireNonNull(until, "until").ifPresent(time -> requireStorableTime(time, "until"));
        require(message.isPresent() || from.isPresent() && until.isPresent(),
                "a replay needs a messageId, or both from and until");
        require(from.isEmpty() || until.isEmpty() || from.get().isBefore(until.get()), "from must be before until");
    }
}
