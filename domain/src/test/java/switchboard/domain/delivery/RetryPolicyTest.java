package switchboard.domain.delivery;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(8, Duration.ofSeconds(10), Duration.ofMinutes(10));

    @Test
    void doublesTheDelayAfterEachAttempt() {
        assertThat(policy.delayAfter(1, 0.999_999)).isBetween(Duration.ofMillis(9_999), Duration.ofSeconds(10));
        assertThat(policy.delayAfter(2, 0.999_999)).isBetween(Duration.ofMillis(19_999), Duration.ofSeconds(20));
        assertThat(policy.delayAfter(3, 0.999_999)).isBetween(Duration.ofMillis(39_999), Duration.ofSeconds(40));
    }

    @Test
    void jitterKeepsAtLeastHalfTheDelay() {
        assertThat(policy.delayAfter(3, 0.0)).isEqualTo(Duration.ofSeconds(20));
        assertThat(policy.delayAfter(3, 0.5)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void neverWaitsLongerThanTheCapEvenAfterManyAttempts() {
        assertThat(policy.delayAfter(7, 0.999)).isLessThanOrEqualTo(Duration.ofMinutes(10));
        assertThat(policy.delayAfter(1_000, 0.999)).isLessThanOrEqualTo(Duration.ofMinutes(10))
                .isGreaterThanOrEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void isExhaustedAtTheMaximumAttempts() {
        assertThat(policy.exhaustedAfter(7)).isFalse();
        assertThat(policy.exhaustedAfter(8)).isTrue();
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ofSeconds(1), Duration.ofSeconds(2))).hasMessageContaining("maxAttempts");
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(5), Duration.ofSeconds(2))).hasMessageContaining("maxDelay");
    }
}
