package switchboard.domain.delivery;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import switchboard.domain.message.MessageId;
import switchboard.domain.recipient.Channel;
import switchboard.domain.recipient.EmailAddress;
import switchboard.domain.recipient.PhoneNumber;
import switchboard.domain.recipient.Recipient;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeliveryTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final RetryPolicy POLICY = new RetryPolicy(3, Duration.ofSeconds(10), Duration.ofMinutes(5));

    private final Delivery queued = Delivery.queue(MessageId.generate(), TenantId.DEFAULT,
            new Recipient(Channel.EMAIL, new EmailAddress("user@example.com")), NOW, NOW);

    @Test
    void aNewDeliveryIsQueuedWithoutAttempts() {
        assertThat(queued.status()).isEqualTo(DeliveryStatus.QUEUED);
        assertThat(queued.attempts()).isZero();
        assertThat(queued.lastError()).isEmpty();
    }

    @Test
    void aRecipientNeedsTheKindOfAddressItsChannelUses() {
        assertThatThrownBy(() -> new Recipient(Channel.EMAIL, new PhoneNumber("+14155550100")))
                .hasMessageContaining("EMAIL needs another kind of address than '+14155550100'");
        assertThat(Recipient.of(Channel.SMS, "+14155550100").address()).isEqualTo(new PhoneNumber("+14155550100"));
    }

    @Test
    void claimingCountsAnAttempt() {
        Delivery sending = queued.claim(NOW);
        assertThat(sending.status()).isEqualTo(DeliveryStatus.SENDING);
        assertThat(sending.attempts()).isEqualTo(1);
    }

    @Test
    void aClaimHandedBackIsQueuedAgainDueAsItWasAndNotCountedAsAnAttempt() {
        Delivery handedBack = queued.claim(NOW).handBack(NOW.plusSeconds(1));

        assertThat(handedBack.status()).isEqualTo(DeliveryStatus.QUEUED);
        assertThat(handedBack.attempts()).isZero();
        assertThat(handedBack.notBefore()).isEqualTo(NOW);
        assertThat(handedBack.claim(NOW.plusSeconds(1)).attempts()).isEqualTo(1);
        assertThatThrownBy(() -> queued.handBack(NOW)).hasMessageContaining("not claimed");
    }

    @Test
    void aScheduledDeliveryCannotBeClaimedEarly() {
        Delivery scheduled = Delivery.queue(MessageId.generate(), TenantId.DEFAULT,
                new Recipient(Channel.EMAIL, new EmailAddress("user@example.com")), NOW.plusSeconds(60), NOW);
        assertThatThrownBy(() -> scheduled.claim(NOW)).hasMessageContaining("not due");
        assertThat(scheduled.claim(NOW.plusSeconds(60)).status()).isEqualTo(DeliveryStatus.SENDING);
    }

    @Test
    void anExpiredLeaseCanBeClaimedAgain() {
        Delivery reclaimed = queued.claim(NOW).claim(NOW.plusSeconds(300));
        assertThat(reclaimed.status()).isEqualTo(DeliveryStatus.SENDING);
        assertThat(reclaimed.attempts()).isEqualTo(2);
    }

    @Test
    void aSentDeliveryKeepsTheProviderReference() {
        Delivery sent = queued.claim(NOW).afterAttempt(new AttemptResult.Sent("SM123"), NOW, POLICY, 0.5);
        assertThat(sent.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(sent.providerRef()).contains("SM123");
    }

    @Test
    void aCapturedDeliveryIsFinal() {
        Delivery captured = queued.claim(NOW).afterAttempt(new AttemptResult.Captured(), NOW, POLICY, 0.5);
        assertThat(captured.status()).isEqualTo(DeliveryStatus.CAPTURED);
        assertThat(captured.status().isFinal()).isTrue();
    }

    @Test
    void aRejectionFailsAtOnceWithItsError() {
        Delivery failed = queued.claim(NOW).afterAttempt(new AttemptResult.Rejected("550 no such user"), NOW, POLICY, 0.5);
        assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(failed.lastError()).contains("550 no such user");
    }

    @Test
    void aDeferredAttemptGoesBackToTheQueueWithBackoff() {
        Delivery retrying = queued.claim(NOW).afterAttempt(new AttemptResult.Deferred("421 busy"), NOW, POLICY, 0.0);
        assertThat(retrying.status()).isEqualTo(DeliveryStatus.QUEUED);
        assertThat(retrying.notBefore()).isEqualTo(NOW.plusSeconds(5));
        assertThat(retrying.lastError()).contains("421 busy");
        assertThat(retrying.attempts()).isEqualTo(1);
    }

    @Test
    void retryAfterWinsWhenLongerThanTheBackoff() {
        AttemptResult.Deferred throttled = new AttemptResult.Deferred("429", Optional.of(Duration.ofMinutes(2)));
        Delivery retrying = queued.claim(NOW).afterAttempt(throttled, NOW, POLICY, 0.0);
        assertThat(retrying.notBefore()).isEqualTo(NOW.plus(Duration.ofMinutes(2)));
    }

    @Test
    void theLastAllowedAttemptEndsDead() {
        Delivery delivery = queued;
        for (int attempt = 1; attempt < POLICY.maxAttempts(); attempt++) {
            delivery = delivery.claim(delivery.notBefore()).afterAttempt(new AttemptResult.Deferred("timeout"), NOW, POLICY, 0.0);
            assertThat(delivery.status()).isEqualTo(DeliveryStatus.QUEUED);
        }
        Delivery dead = delivery.claim(delivery.notBefore()).afterAttempt(new AttemptResult.Deferred("timeout"), NOW, POLICY, 0.0);
        assertThat(dead.status()).isEqualTo(DeliveryStatus.DEAD);
        assertThat(dead.attempts()).isEqualTo(3);

        Delivery replayed = dead.replay(NOW);
        assertThat(replayed.status()).isEqualTo(DeliveryStatus.QUEUED);
        assertThat(replayed.attempts()).isZero();
    }

    @Test
    void reportsMoveASentDeliveryForwardAndNeverBack() {
        Delivery sent = queued.claim(NOW).afterAttempt(new AttemptResult.Sent("SM1"), NOW, POLICY, 0.5);
        Delivery delivered = sent.afterReport(report(ProviderReport.Outcome.DELIVERED), NOW).orElseThrow();
        assertThat(delivered.status()).isEqualTo(DeliveryStatus.DELIVERED);

        assertThat(delivered.afterReport(report(ProviderReport.Outcome.SENT), NOW)).as("a late sent").isEmpty();
        assertThat(delivered.afterReport(report(ProviderReport.Outcome.UNDELIVERED), NOW)).isEmpty();
        assertThat(sent.afterReport(report(ProviderReport.Outcome.SENT), NOW)).as("sent again").isEmpty();
        assertThat(sent.afterReport(report(ProviderReport.Outcome.READ), NOW).orElseThrow().status())
                .isEqualTo(DeliveryStatus.DELIVERED);
    }

    @Test
    void anUndeliveredReportFailsTheDeliveryWithTheProvidersError() {
        Delivery sent = queued.claim(NOW).afterAttempt(new AttemptResult.Sent("SM1"), NOW, POLICY, 0.5);
        Delivery failed = sent.afterReport(new ProviderReport("SM1", ProviderReport.Outcome.UNDELIVERED,
                Optional.of("30003 unreachable handset")), NOW).orElseThrow();
        assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(failed.lastError()).contains("30003 unreachable handset");
        assertThat(failed.providerRef()).contains("SM1");
    }

    @Test
    void aReportOnADeliveryStillBeingSentOrRetriedTellsWhatTheProviderDid() {
        Delivery sending = queued.claim(NOW);
        Delivery delivered = sending.afterReport(report(ProviderReport.Outcome.DELIVERED), NOW).orElseThrow();
        assertThat(delivered.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(delivered.providerRef()).as("the report names the provider's message").contains("SM1");

        Delivery retrying = sending.afterAttempt(new AttemptResult.Deferred("timeout"), NOW, POLICY, 0.5);
        assertThat(retrying.afterReport(report(ProviderReport.Outcome.SENT), NOW).orElseThrow().status())
                .as("the attempt that timed out had gone through: no retry").isEqualTo(DeliveryStatus.SENT);
    }

    @ParameterizedTest
    @EnumSource(value = DeliveryStatus.class, names = {"DELIVERED", "FAILED", "CAPTURED", "CANCELLED", "SKIPPED"})
    void reportsDoNotReopenEndedDeliveries(DeliveryStatus status) {
        Delivery ended = Delivery.restore(queued.id(), queued.messageId(), queued.tenantId(), queued.recipient(), null, null,
                status, 1, NOW, null, null, NOW);
        for (ProviderReport.Outcome outcome : ProviderReport.Outcome.values()) {
            assertThat(ended.afterReport(report(outcome), NOW)).as("%s after %s", outcome, status).isEmpty();
        }
    }

    @Test
    void aSkippedDeliverySaysWhyAndIsNeverSentNorCancelled() {
        Delivery skipped = Delivery.skipped(queued.id(), queued.messageId(), queued.tenantId(), queued.recipient(),
                "no contact has the address", NOW);

        assertThat(skipped.status()).isEqualTo(DeliveryStatus.SKIPPED);
        assertThat(skipped.lastError()).contains("no contact has the address");
        assertThat(skipped.attempts()).isZero();
        assertThatThrownBy(() -> skipped.claim(NOW)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> skipped.cancel(NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyQueuedDeliveriesCanBeCancelled() {
        assertThat(queued.cancel(NOW).status()).isEqualTo(DeliveryStatus.CANCELLED);
        assertThatThrownBy(() -> queued.claim(NOW).cancel(NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void providerCredentialsAreKeptOnlyWhileTheDeliveryMayNeedThem() {
        SealedCredentials sealed = new SealedCredentials(new byte[]{1, 2, 3});
        Delivery sending = queued.withCredentials(sealed).claim(NOW);
        assertThat(sending.credentials()).contains(sealed);

        Delivery retrying = sending.afterAttempt(new AttemptResult.Deferred("busy"), NOW, POLICY, 0.5);
        assertThat(retrying.credentials()).as("still needed for the retry").contains(sealed);
        Delivery sent = retrying.claim(retrying.notBefore()).afterAttempt(new AttemptResult.Sent("SM1"), NOW, POLICY, 0.5);
        assertThat(sent.credentials()).as("to authenticate the provider's reports").contains(sealed);
        assertThat(sent.afterReport(report(ProviderReport.Outcome.DELIVERED), NOW).orElseThrow().credentials()).isEmpty();
        Delivery dead = sending.afterAttempt(new AttemptResult.Deferred("busy"), NOW, new RetryPolicy(1, Duration.ofSeconds(1),
                Duration.ofSeconds(1)), 0.5);
        assertThat(dead.credentials()).as("to be replayed").contains(sealed);
        assertThat(queued.withCredentials(sealed).cancel(NOW).credentials()).isEmpty();
        assertThat(sending.afterAttempt(new AttemptResult.Rejected("21211"), NOW, POLICY, 0.5).credentials()).isEmpty();
        assertThatThrownBy(() -> sending.withCredentials(sealed)).hasMessageContaining("before it is sent");
        assertThat(sealed.toString()).isEqualTo("SealedCredentials[3 bytes]");
    }

    @ParameterizedTest
    @EnumSource(value = DeliveryStatus.class, names = {"SENT", "DELIVERED", "FAILED", "DEAD", "CAPTURED", "CANCELLED", "SKIPPED"})
    void finalStatesAreNeverClaimedAgain(DeliveryStatus status) {
        assertThat(status.isFinal()).isTrue();
        assertThat(status.canMoveTo(DeliveryStatus.SENDING)).isFalse();
    }

    private static ProviderReport report(ProviderReport.Outcome outcome) {
        return new ProviderReport("SM1", outcome, Optional.empty());
    }

    @Test
    void attemptResultsOnlyApplyWhileSending() {
        assertThatThrownBy(() -> queued.afterAttempt(new AttemptResult.Sent(null), NOW, POLICY, 0.5))
                .hasMessageContaining("not being sent");
    }
}
