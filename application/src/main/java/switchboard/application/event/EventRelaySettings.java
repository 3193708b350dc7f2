package switchboard.application.event;

import static switchboard.domain.Invariants.require;

import java.time.Duration;
import java.util.Objects;

/**
 * How a relay posts the tenants' events.
 *
 * @param workerId       names this relay's leases; unique per process
 * @param concurrency    endpoints posted to at once: a slow endpoint holds up only its own events
 * @param eventsPerRound events posted to one endpoint per claim, one after another
 * @param lease          how long a claim of an endpoint holds; a round stops posting once half of it is gone
 * @param idlePoll       how often an idle relay looks for waiting events
 * @param firstRetry     the wait after an endpoint's first failure; each further failure doubles it
 * @param longestRetry   the longest wait between two attempts
 * @param pauseAfter     how long an endpoint may keep failing before the gateway pauses it
 */
public record EventRelaySettings(String workerId, int concurrency, int eventsPerRound, Duration lease, Duration idlePoll,
                                 Duration firstRetry, Duration longestRetry, Duration pauseAfter) {

    public EventRelaySettings {
        Objects.requireNonNull(workerId, "workerId");
        require(concurrency >= 1, "the event relay's concurrency must be at least 1");
        require(eventsPerRound >= 1, "the events per round must be at least 1");
        require(lease != null && lease.toMillis() >= 1000, "the event lease must be at least a second");
        require(idlePoll != null && idlePoll.toMillis() >= 1, "the event poll interval must be positive");
        require(firstRetry != null && firstRetry.toMillis() >= 1, "the first event retry must be positive");
        require(longestRetry != null && longestRetry.compareTo(firstRetry) >= 0,
                "the longest event retry must not be shorter than the first");
        require(pauseAfter != null && pauseAfter.toMillis() >= 1, "the pause after failing must be positive");
    }

    /** The wait after the {@code failures}th failure in a row. */
    Duration retryAfter(int failures) {
        Duration wait = firstRetry;
        for (int i = 1; i < failures && wait.compareTo(longestRetry) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(longestRetry) < 0 ? wait : longestRetry;
    }
}
