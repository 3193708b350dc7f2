package switchboard.application.event.port;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import switchboard.application.event.EventAttempt;

/**
 * What one round of posting to a claimed endpoint did, to store as it stands.
 *
 * @param posted       the events the endpoint took: they wait no longer
 * @param failures     the attempts failed in a row now (0 after a success)
 * @param failingSince when that run of failures began; empty after a success
 * @param nextRound    when the endpoint may be claimed again
 * @param pausedReason why the gateway paused the endpoint, if it just did
 */
public record RoundOutcome(ClaimedEndpoint claimed, List<QueuedEvent> posted, List<EventAttempt> attempts, int failures,
                           Optional<Instant> failingSince, Instant nextRound, Optional<String> pausedReason) {

    public RoundOutcome {
        Objects.requireNonNull(claimed, "claimed");
        posted = List.copyOf(posted);
        attempts = List.copyOf(attempts);
        Objects.requireNonNull(failingSince, "failingSince");
        Objects.requireNonNull(nextRound, "nextRound");
        Objects.requireNonNull(pausedReason, "pausedReason");
    }
}
