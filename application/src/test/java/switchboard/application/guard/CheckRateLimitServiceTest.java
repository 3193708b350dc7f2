package switchboard.application.guard;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import switchboard.application.guard.port.Allowance;
import switchboard.application.memory.InMemoryStores;
import switchboard.application.memory.NoMeters;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;

class CheckRateLimitServiceTest {

    private static final TenantId ACME = new TenantId("acme");
    private static final TenantId GLOBEX = new TenantId("globex");

    private final InMemoryStores stores = new InMemoryStores();

    @Test
    void eachCredentialHasItsOwnAllowance() {
        CheckRateLimitService check = service(new RateLimitPolicy(Map.of("fliplet", new Allowance(2, Duration.ofSeconds(30))),
                Map.of(), Optional.empty()));

        assertThat(check.check(fliplet(ACME, "token-1"))).isEmpty();
        assertThat(check.check(fliplet(ACME, "token-1"))).isEmpty();
        assertThat(check.check(fliplet(ACME, "token-1"))).contains(new GuardRefusal.TooManyRequests(Duration.ofSeconds(15)));
        assertThat(check.check(fliplet(ACME, "token-2"))).isEmpty();
        assertThat(check.check(new ApiCaller("dripcel", ACME, "token-1"))).as("an API without limits").isEmpty();
    }

    @Test
    void aTenantsCredentialsShareTheTenantsAllowance() {
        CheckRateLimitService check = service(new RateLimitPolicy(Map.of(),
                Map.of("fliplet", new Allowance(2, Duration.ofMinutes(1))), Optional.empty()));

        check.check(fliplet(ACME, "token-1"));
        check.check(fliplet(ACME, "token-2"));

        assertThat(check.check(fliplet(ACME, "token-3"))).isPresent();
        assertThat(check.check(fliplet(GLOBEX, "token-4"))).isEmpty();
    }

    @Test
    void theOverallTenantAllowanceCountsEveryApi() {
        CheckRateLimitService check = service(new RateLimitPolicy(Map.of(), Map.of(),
                Optional.of(new Allowance(2, Duration.ofMinutes(1)))));

        check.check(fliplet(ACME, "token-1"));
        check.check(new ApiCaller("admin", ACME, "admin"));

        assertThat(check.check(new ApiCaller("dripcel", ACME, "key-1"))).isPresent();
    }

    @Test
    void withoutLimitsEverythingGoes() {
        CheckRateLimitService check = service(RateLimitPolicy.NONE);

        for (int i = 0; i < 100; i++) {
            assertThat(check.check(fliplet(ACME, "token-1"))).isEmpty();
        }
    }

    private CheckRateLimitService service(RateLimitPolicy policy) {
        return new CheckRateLimitService(stores.rateLimiter(), policy, NoMeters.GUARD);
    }

    private static ApiCaller fliplet(TenantId tenantId, String credential) {
        return new ApiCaller("fliplet", tenantId, credential);
    }
}
