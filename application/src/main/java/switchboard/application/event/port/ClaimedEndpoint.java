package switchboard.application.event.port;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import switchboard.application.dispatch.port.Lease;
import switchboard.domain.delivery.SealedCredentials;
import switchboard.domain.event.EventEndpoint;

/**
 * An endpoint a relay holds under its lease, with the first of its waiting events, oldest first.
 *
 * @param previousSecretUntil until when the previous secret, if the secrets hold one, still signs
 * @param failures            the attempts that have failed in a row
 */
public record ClaimedEndpoint(EventEndpoint endpoint, SealedCredentials secrets, Optional<Instant> previousSecretUntil,
                              int failures, Lease lease, List<QueuedEvent> events) {

    public ClaimedEndpoint {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(secrets, "secrets");
        Objects.requireNonNull(previousSecretUntil, "previousSecretUntil");
        Objects.requireNonNull(lease, "lease");
        events = List.copyOf(events);
    }
}
