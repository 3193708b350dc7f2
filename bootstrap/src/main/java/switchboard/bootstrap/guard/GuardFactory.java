package switchboard.bootstrap.guard;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import switchboard.adapter.in.guard.GuardedApi;
import switchboard.application.guard.CheckRateLimitService;
import switchboard.application.guard.CheckRateLimitUseCase;
import switchboard.application.guard.ClaimIdempotencyKeyService;
import switchboard.application.guard.ClaimIdempotencyKeyUseCase;
import switchboard.application.guard.CompleteIdempotentRequestService;
import switchboard.application.guard.CompleteIdempotentRequestUseCase;
import switchboard.application.guard.IdempotencyPolicy;
import switchboard.application.guard.PurgeExpiredKeysService;
import switchboard.application.guard.PurgeExpiredKeysUseCase;
import switchboard.application.guard.RateLimitPolicy;
import switchboard.application.guard.ReleaseIdempotencyKeyService;
import switchboard.application.guard.ReleaseIdempotencyKeyUseCase;
import switchboard.application.guard.port.GuardMeter;
import switchboard.application.guard.port.Allowance;
import switchboard.application.guard.port.IdempotencyStore;
import switchboard.application.guard.port.RateLimiter;

/**
 * The guards' services and their settings. Rate limits are {@code switchboard.rate-limits.<api>.credential}
 * and {@code .tenant} per API (each {@link GuardedApi} bean's name), and {@code switchboard.rate-limits.tenant} across APIs, each
 * {@code <requests>/<period>} (e.g. {@code 20/30s}) or {@code off}; application.yml holds the defaults.
 */
@Factory
class GuardFactory {

    private static final String PREFIX = "switchboard.rate-limits.";

    @Singleton
    RateLimitPolicy rateLimitPolicy(Environment environment, List<GuardedApi> apis) {
        Map<String, Allowance> perCredential = new HashMap<>();
        Map<String, Allowance> perTenant = new HashMap<>();
        for (GuardedApi api : apis) {
            String name = api.name();
            allowance(environment, name + ".credential").ifPresent(allowance -> perCredential.put(name, allowance));
            allowance(environment, name + ".tenant").ifPresent(allowance -> perTenant.put(name, allowance));
        }
        return new RateLimitPolicy(perCredential, perTenant, allowance(environment, "tenant"));
    }

    @Singleton
    CheckRateLimitUseCase checkRateLimit(RateLimiter limiter, RateLimitPolicy policy, GuardMeter meter) {
        return new CheckRateLimitService(limiter, policy, meter);
    }

    @Singleton
    IdempotencyPolicy idempotencyPolicy(@Value("${switchboard.idempotency.retention:24h}") Duration retention,
                                        @Value("${switchboard.idempotency.claim-timeout:2m}") Duration claimTimeout,
                                        @Value("${switchboard.idempotency.retry-after:1s}") Duration retryAfter) {
        return new IdempotencyPolicy(retention, claimTimeout, retryAfter);
    }

    @Singleton
    ClaimIdempotencyKeyUseCase claimIdempotencyKey(IdempotencyStore store, IdempotencyPolicy policy, Clock clock,
                                                   GuardMeter meter) {
        return new ClaimIdempotencyKeyService(store, policy, clock, meter);
    }

    @Singleton
    CompleteIdempotentRequestUseCase completeIdempotentRequest(IdempotencyStore store) {
        return new CompleteIdempotentRequestService(store);
    }

    @Singleton
    ReleaseIdempotencyKeyUseCase releaseIdempotencyKey(IdempotencyStore store, Clock clock) {
        return new ReleaseIdempotencyKeyService(store, clock);
    }

    @Singleton
    PurgeExpiredKeysUseCase purgeExpiredKeys(IdempotencyStore store, RateLimiter limiter, Clock clock) {
        return new PurgeExpiredKeysService(store, limiter, clock);
    }

    private static Optional<Allowance> allowance(Environment environment, String name) {
        return environment.getProperty(PREFIX + name, String.class).flatMap(text -> Allowances.parse(PREFIX + name, text));
    }
}
