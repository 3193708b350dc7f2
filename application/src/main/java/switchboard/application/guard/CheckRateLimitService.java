package switchboard.application.guard;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import switchboard.application.guard.port.GuardMeter;
import switchboard.application.guard.port.RateLimit;
import switchboard.application.guard.port.RateLimiter;

public final class CheckRateLimitService implements CheckRateLimitUseCase {

    private final RateLimiter limiter;
    private final RateLimitPolicy policy;
    private final GuardMeter meter;

    public CheckRateLimitService(RateLimiter limiter, RateLimitPolicy policy, GuardMeter meter) {
        this.limiter = Objects.requireNonNull(limiter, "limiter");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.meter = Objects.requireNonNull(meter, "meter");
    }

    @Override
    public Optional<GuardRefusal> check(ApiCaller caller) {
        List<RateLimit> limits = policy.limitsOf(caller);
        if (limits.isEmpty()) {
            return Optional.empty();
        }
        Optional<GuardRefusal> refusal = limiter.tryTake(limits).map(GuardRefusal.TooManyRequests::new);
        refusal.ifPresent(refused -> meter.rateLimited(caller));
        return refusal;
    }
}
