package switchboard.application.memory;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import switchboard.application.guard.port.RateLimit;
import switchboard.application.guard.port.RateLimiter;

/**
 * Rate limits in memory for the service tests: each allowance is spent and never refills, so
 * no bucket is ever idle; the wait it reports is the time one request takes to refill.
 */
final class InMemoryRateLimiter implements RateLimiter {

    private final Map<RateLimit, Long> taken = new HashMap<>();

    @Override
    public synchronized Optional<Duration> tryTake(List<RateLimit> limits) {
        Optional<RateLimit> full = limits.stream()
                .filter(limit -> taken.getOrDefault(limit, 0L) >= limit.allowance().requests()).findFirst();
        if (full.isPresent()) {
            return Optional.of(full.get().allowance().period().dividedBy(full.get().allowance().requests()));
        }
        limits.forEach(limit -> taken.merge(limit, 1L, Long::sum));
        return Optional.empty();
    }

    @Override
    public int forgetIdle() {
        return 0;
    }
}
