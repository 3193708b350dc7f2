package switchboard.application.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import switchboard.application.guard.port.Allowance;
import switchboard.application.guard.port.RateLimit;

/**
 * The gateway's rate limits: per API, an allowance for each credential and one for each tenant;
 * and one for each tenant across all APIs. An API or level without an allowance is not limited.
 */
public record RateLimitPolicy(Map<String, Allowance> perCredential, Map<String, Allowance> perTenant,
                              Optional<Allowance> perTenantOverall) {

    public static final RateLimitPolicy NONE = new RateLimitPolicy(Map.of(), Map.of(), Optional.empty());

    public RateLimitPolicy {
        perCredential = Map.copyOf(perCredential);
        perTenant = Map.copyOf(perTenant);
        perTenantOverall = perTenantOverall == null ? Optional.empty() : perTenantOverall;
    }

    /** The limits a request of the caller counts against, the narrowest first. */
    List<RateLimit> limitsOf(ApiCaller caller) {
        List<RateLimit> limits = new ArrayList<>(3);
        Optional.ofNullable(perCredential.get(caller.api())).ifPresent(allowance ->
                limits.add(new RateLimit(caller.api() + ":credential:" + caller.credential(), allowance)));
        Optional.ofNullable(perTenant.get(caller.api())).ifPresent(allowance ->
                limits.add(new RateLimit(caller.api() + ":tenant:" + caller.tenantId(), allowance)));
        perTenantOverall.ifPresent(allowance -> limits.add(new RateLimit("tenant:" + caller.tenantId(), allowance)));
        return limits;
    }
}
