package switchboard.adapter.in.guard;

import java.util.List;

/** Every API's {@link CrossOriginPolicy}: an origin may call a path if the policy of an API serving it allows the origin. */
public record CrossOriginPolicies(List<CrossOriginPolicy> policies) {

    public CrossOriginPolicies {
        policies = List.copyOf(policies);
    }

    boolean allow(String path, String origin) {
        return policies.stream().filter(policy -> policy.covers(path)).anyMatch(policy -> policy.allows(origin));
    }
}
