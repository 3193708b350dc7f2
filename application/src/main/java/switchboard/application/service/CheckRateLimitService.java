package switchboard.application.service;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import switchboard.application.port.in.ApiCaller;
import switchboard.application.port.in.CheckRateLimitUseCase;
import switchboard.application.port.in.GuardRefusal;
import switchboard.application.port.out.RateLimit;
import switchboard.application.port.out.RateLimiter;

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
