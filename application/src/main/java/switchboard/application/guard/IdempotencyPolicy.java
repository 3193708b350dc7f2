package switchboard.application.guard;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

import static switchboard.domain.Invariants.require;

/**
 * How long Idempotency-Keys hold.
 *
 * @param retention    how long a response is given again to repeats of its request
 * @param claimTimeout how long a request in flight holds its key; past it the claim counts as
 *                     abandoned (its process died) and a repeat runs the request again. Longer
 *                     than the slowest request.
 * @param retryAfter   the wait suggested to a repeat that finds its first still in flight
 */
public record IdempotencyPolicy(Duration retention, Duration claimTimeout, Duration retryAfter) {

    public IdempotencyPolicy {
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(claimTimeout, "claimTimeout");
        Objects.requireNonNull(retryAfter, "retryAfter");
        require(!claimTimeout.isNegative() && !claimTimeout.isZero() && retention.compareTo(claimTimeout) >= 0,
                "Idempotency-Keys are kept at least as long as a claim holds, and a claim holds for some time");
    }

    /**
     * Whether messages kept this long outlast their keys: a repeat whose first answer was lost finds its
     * message by the ids its key gave it, and a message purged sooner would be stored and sent again.
     */
    public boolean keptBy(Duration messageRetention) {
        return messageRetention.compareTo(retention) >= 0;
    }

    /** The keys' retention as a setting writes it: {@code 24h}, {@code 90m}. */
    public String retentionShown() {
        return retention.toString().substring(2).toLowerCase(Locale.ROOT);
    }
}
