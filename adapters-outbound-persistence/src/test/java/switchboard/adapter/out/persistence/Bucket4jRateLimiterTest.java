package switchboard.adapter.out.persistence;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import switchboard.application.guard.port.Allowance;
import switchboard.application.guard.port.RateLimit;
import switchboard.application.guard.port.RateLimiter;

import static org.assertj.core.api.Assertions.assertThat;

/** What the contract cannot check without waiting: buckets refill with time, and full ones are forgotten. */
class Bucket4jRateLimiterTest {

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void bucketsRefillAndFullOnesAreForgotten(String database) throws InterruptedException {
        RateLimiter limiter = (database.equals("h2") ? TestDatabases.emptyH2() : TestDatabases.emptyPostgres()).rateLimiter();
        RateLimit quick = new RateLimit("test:" + UUID.randomUUID(), new Allowance(1, Duration.ofMillis(200)));
        RateLimit slow = new RateLimit("test:" + UUID.randomUUID(), new Allowance(1, Duration.ofHours(1)));
        assertThat(limiter.tryTake(List.of(quick))).isEmpty();
        assertThat(limiter.tryTake(List.of(slow))).isEmpty();
        assertThat(limiter.tryTake(List.of(quick))).hasValueSatisfying(wait ->
                assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMillis(200)));

        Thread.sleep(400);

        assertThat(limiter.forgetIdle()).as("the refilled bucket").isEqualTo(1);
        assertThat(limiter.tryTake(List.of(slow))).as("the bucket still refilling is kept").isPresent();
        assertThat(limiter.tryTake(List.of(quick))).isEmpty();
    }
}
