package switchboard.application.dispatch;

import java.time.Duration;
import java.util.Objects;

import static switchboard.domain.Invariants.require;

/**
 * How a dispatch worker runs.
 *
 * @param workerId           names this worker's leases; unique per process
 * @param concurrency        deliveries sent at once by the background workers
 * @param expressConcurrency deliveries sent at once for callers waiting on the outcome
 * @param lease              how long a claim holds before another worker may take the delivery;
 *                           longer than the slowest send
 * @param idlePoll           how often an idle worker looks for due deliveries (scheduled ones,
 *                           retries, or work accepted by other processes)
 * @param shutdownGrace      how long a stopping worker waits for the sends under way
 */
public record DispatchSettings(String workerId, int concurrency, int expressConcurrency, Duration lease, Duration idlePoll,
                               Duration shutdownGrace) {

    public DispatchSettings {
        Objects.requireNonNull(workerId, "workerId");
        require(concurrency >= 1, "dispatch concurrency must be at least 1");
        require(expressConcurrency >= 1, "express dispatch concurrency must be at least 1");
        require(lease != null && lease.toMillis() >= 1000, "the dispatch lease must be at least a second");
        require(idlePoll != null && idlePoll.toMillis() >= 1, "the idle poll interval must be positive");
        require(shutdownGrace != null && !shutdownGrace.isNegative(), "the shutdown grace must not be negative");
    }
}
