package switchboard.application.guard;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import switchboard.application.guard.port.RateLimit;
import switchboard.application.guard.port.RateLimiter;

public final class CheckRateLimitService implements CheckRateLimitUseCase {

    private final RateLimiter limiter;
    private final RateLimitPolicy policy;

    public CheckRateLimitService(RateLimiter limiter, RateLimitPolicy policy) {
        this.limiter = Objects.requireNonNull(limiter, "limiter");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    @Override
    public Optional<GuardRefusal> check(ApiCaller caller) {
        List<RateLimit> limits = policy.limitsOf(caller);
        if (limits.isEmpty()) {
            return Optional.empty();
        }
        return limiter.tryTake(limits).map(GuardRefusal.TooManyRequests::new);
    }
}
