package switchboard.domain.delivery;

import java.time.Duration;

import static switchboard.domain.Invariants.require;

/**
 * How often and how long to retry a delivery that failed for now: exponential backoff from
 * {@code initialDelay}, doubling up to {@code maxDelay}, with "equal jitter" (half the delay
 * fixed, half random) so that many deliveries failing together do not retry together.
 */
public record RetryPolicy(int maxAttempts, Duration initialDelay, Duration maxDelay) {

    public RetryPolicy {
        require(maxAttempts >= 1, "maxAttempts must be at least 1");
        require(initialDelay != null && !initialDelay.isNegative() && !initialDelay.isZero(), "initialDelay must be positive");
        require(maxDelay != null && maxDelay.compareTo(initialDelay) >= 0, "maxDelay must not be shorter than initialDelay");
    }

    /**
     * The wait after the given failed attempt (1 for the first).
     *
     * @param random a number in [0, 1)
     */
    public Duration delayAfter(int attempt, double random) {
        long initial = initialDelay.toMillis();
        long max = maxDelay.toMillis();
        int doublings = Math.min(Math.max(attempt - 1, 0), 62);
        long base = initial > (max >> doublings) ? max : Math.min(max, initial << doublings);
        long half = base / 2;
        return Duration.ofMillis(base - half + (long) (half * random));
    }

    public boolean exhaustedAfter(int attempts) {
        return attempts >= maxAttempts;
    }
}
