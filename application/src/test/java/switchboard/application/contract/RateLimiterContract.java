package switchboard.application.contract;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import switchboard.application.guard.port.Allowance;
import switchboard.application.guard.port.RateLimit;

import static org.assertj.core.api.Assertions.assertThat;

/** Rate limits are counted without waiting on the clock: each test uses keys of its own and allowances that refill slowly. */
public abstract class RateLimiterContract extends StoreContract {

    private static final Allowance THREE_AN_HOUR = new Allowance(3, Duration.ofHours(1));

    @Test
    void allowsTheAllowanceAtOnceThenSaysHowLongUntilTheNext() {
        RateLimit limit = new RateLimit(key(), THREE_AN_HOUR);

        for (int request = 0; request < 3; request++) {
            assertThat(stores.rateLimiter().tryTake(List.of(limit))).as("request %d", request + 1).isEmpty();
        }

        assertThat(stores.rateLimiter().tryTake(List.of(limit))).hasValueSatisfying(wait ->
                assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofHours(1)));
    }

    @Test
    void takesFromEveryBucketOrFromNone() {
        RateLimit roomy = new RateLimit(key(), THREE_AN_HOUR);
        RateLimit tight = new RateLimit(key(), new Allowance(1, Duration.ofHours(1)));

        assertThat(stores.rateLimiter().tryTake(List.of(roomy, tight))).isEmpty();
        assertThat(stores.rateLimiter().tryTake(List.of(roomy, tight))).as("the tight bucket is empty").isPresent();

        assertThat(stores.rateLimiter().tryTake(List.of(roomy))).as("the refused request took nothing").isEmpty();
        assertThat(stores.rateLimiter().tryTake(List.of(roomy))).isEmpty();
        assertThat(stores.rateLimiter().tryTake(List.of(roomy))).isPresent();
    }

    @Test
    void eachKeyAndAllowanceHasItsOwnBucket() {
        String key = key();
        RateLimit one = new RateLimit(key, new Allowance(1, Duration.ofHours(1)));
        stores.rateLimiter().tryTake(List.of(one));

        assertThat(stores.rateLimiter().tryTake(List.of(one))).isPresent();
        assertThat(stores.rateLimiter().tryTake(List.of(new RateLimit(key(), one.allowance())))).as("another key").isEmpty();
        assertThat(stores.rateLimiter().tryTake(List.of(new RateLimit(key, THREE_AN_HOUR)))).as("a new allowance").isEmpty();
    }

    @Test
    void forgettingIdleBucketsKeepsTheOnesStillRefilling() {
        RateLimit limit = new RateLimit(key(), new Allowance(1, Duration.ofHours(1)));
        stores.rateLimiter().tryTake(List.of(limit));

        stores.rateLimiter().forgetIdle();

        assertThat(stores.rateLimiter().tryTake(List.of(limit))).isPresent();
    }

    private static String key() {
        return "test:credential:" + UUID.randomUUID();
    }
}
