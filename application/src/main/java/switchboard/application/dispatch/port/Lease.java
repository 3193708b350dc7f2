package switchboard.application.dispatch.port;

import java.time.Instant;
import java.util.Objects;

/**
 * A worker's hold on the deliveries it claimed together. Until {@code until} no other worker
 * takes them; after it, they are due again, so the claims of a worker that died come back.
 * The owner names one claim, not just the worker, so that a worker never mistakes a later
 * claim of the same delivery for its own.
 */
public record Lease(String owner, Instant until) {

    public Lease {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(until, "until");
    }
}
