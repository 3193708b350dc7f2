package switchboard.application.dispatch;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import switchboard.application.dispatch.port.DeliveryOutcome;
import switchboard.domain.delivery.AttemptResult;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.delivery.RetryPolicy;
import switchboard.domain.message.MessageId;
import switchboard.domain.recipient.Channel;
import switchboard.domain.recipient.Recipient;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;

/** Each attempt's result and the state it leaves the delivery in make one outcome for the metrics. */
class DeliveryOutcomeTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private static final Instant LATER = NOW.plus(Duration.ofMinutes(1));
    private static final RetryPolicy TWO_ATTEMPTS = new RetryPolicy(2, Duration.ofSeconds(1), Duration.ofSeconds(10));

    @Test
    void eachResultIsItsOutcome() {
        Delivery firstAttempt = claimed(1);

        assertThat(outcome(firstAttempt, new AttemptResult.Sent("ref"))).isEqualTo(DeliveryOutcome.SENT);
        assertThat(outcome(firstAttempt, new AttemptResult.Captured())).isEqualTo(DeliveryOutcome.CAPTURED);
        assertThat(outcome(firstAttempt, new AttemptResult.Rejected("invalid number"))).isEqualTo(DeliveryOutcome.FAILED);
        assertThat(outcome(firstAttempt, new AttemptResult.Gone("unregistered"))).isEqualTo(DeliveryOutcome.SUPPRESSED);
    }

    @Test
    void aTransientFailureIsRetriedUntilTheLastAttemptMakesItDead() {
        assertThat(outcome(claimed(1), new AttemptResult.Deferred("timeout"))).isEqualTo(DeliveryOutcome.RETRIED);
        assertThat(outcome(claimed(2), new AttemptResult.Deferred("timeout"))).isEqualTo(DeliveryOutcome.DEAD);
    }

    private static DeliveryOutcome outcome(Delivery claimed, AttemptResult result) {
        return DeliveryOutcome.of(result, claimed.afterAttempt(result, NOW, TWO_ATTEMPTS, 0.5));
    }

    /** A delivery being sent on its {@code attempt}th attempt. */
    private static Delivery claimed(int attempt) {
        Delivery delivery = Delivery.queue(MessageId.generate(), new TenantId("acme"), Recipient.of(Channel.SMS, "+14155550100"),
                NOW, NOW).claim(NOW);
        for (int more = 1; more < attempt; more++) {
            delivery = delivery.afterAttempt(new AttemptResult.Deferred("timeout"), NOW, TWO_ATTEMPTS, 0.5).claim(LATER);
        }
        return delivery;
    }
}
