package switchboard.application.memory;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import switchboard.application.credential.port.FailureLimit;
import switchboard.application.credential.port.LoginFailures;

/** Failed logins in memory. */
final class InMemoryLoginFailures implements LoginFailures {

    private final Map<String, Count> counts = new HashMap<>();

    @Override
    public synchronized Optional<Instant> lockedUntil(Collection<String> keys, Instant now) {
        return keys.stream().map(counts::get).filter(count -> count != null && count.lockedUntil() != null)
                .map(Count::lockedUntil).filter(until -> until.isAfter(now)).max(Instant::compareTo);
    }

    @Override
    public synchronized void recordFailure(String key, FailureLimit limit, Instant now) {
        Count count = counts.get(key);
        Instant lockedUntil = count == null ? null : count.lockedUntil();
        Count counted = count == null || !count.windowStart().isAfter(now.minus(limit.window()))
                ? new Count(1, now, lockedUntil) : new Count(count.failures() + 1, count.windowStart(), lockedUntil);
        counts.put(key, counted.failures() >= limit.maxFailures() ? new Count(0, now, now.plus(limit.lockTime())) : counted);
    }

    @Override
    public synchronized void clear(String key) {
        counts.remove(key);
    }

    @Override
    public synchronized int deleteOld(Instant now, Duration window) {
        int before = counts.size();
        counts.values().removeIf(count -> count.windowStart().isBefore(now.minus(window))
                && (count.lockedUntil() == null || !count.lockedUntil().isAfter(now)));
        return before - counts.size();
    }

    private record Count(int failures, Instant windowStart, Instant lockedUntil) {
    }
}
