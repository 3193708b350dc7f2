package switchboard.domain.delivery;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import switchboard.domain.delivery.AttemptRecord.Account;
import switchboard.domain.delivery.AttemptRecord.Kind;
import switchboard.domain.delivery.AttemptRecord.Outcome;
import switchboard.domain.message.MessageId;
import switchboard.domain.recipient.Channel;
import switchboard.domain.recipient.Recipient;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;

/** An attempt's or a report's entry in a delivery's history, made from what it came to. */
class AttemptRecordTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(2);
    private static final RetryPolicy TWO_ATTEMPTS = new RetryPolicy(2, Duration.ofSeconds(1), Duration.ofSeconds(1));

    private final Delivery claimed = Delivery.queue(MessageId.generate(), new TenantId("acme"),
            Recipient.of(Channel.SMS, "+14155550100"), NOW, NOW).claim(NOW);

    @Test
    void anAttemptKeepsItsNumberTimeErrorAndAccount() {
        AttemptResult result = new AttemptResult.Deferred("twilio 20429 too many requests");
        Delivery after = claimed.afterAttempt(result, LATER, TWO_ATTEMPTS, 0.5);

        AttemptRecord entry = AttemptRecord.ofAttempt(result, after, Optional.of("twilio"), Optional.of(Account.PRIMARY));

        assertThat(entry).isEqualTo(new AttemptRecord(after.tenantId(), after.messageId(), after.id(), 1, LATER, Kind.ATTEMPT,
                Outcome.RETRYING, Optional.of("twilio 20429 too many requests"), Optional.of("twilio"), Optional.empty(),
                Optional.of(Account.PRIMARY)));
    }

    @Test
    void eachResultIsItsOutcomeAndOnlyASendHasTheProvidersId() {
        assertThat(attempt(new AttemptResult.Sent("SM1"))).extracting(AttemptRecord::outcome, AttemptRecord::providerRef,
                AttemptRecord::error).containsExactly(Outcome.SENT, Optional.of("SM1"), Optional.empty());
        assertThat(attempt(new AttemptResult.Captured()).outcome()).isEqualTo(Outcome.CAPTURED);
        assertThat(attempt(new AttemptResult.Rejected("invalid number"))).extracting(AttemptRecord::outcome,
                AttemptRecord::error).containsExactly(Outcome.FAILED, Optional.of("invalid number"));
        assertThat(attempt(new AttemptResult.Gone("unsubscribed")).outcome()).isEqualTo(Outcome.SUPPRESSED);
    }

    @Test
    void theLastFailedAttemptIsDead() {
        AttemptResult failed = new AttemptResult.Deferred("timeout");
        Delivery second = claimed.afterAttempt(failed, NOW, TWO_ATTEMPTS, 0.5).claim(LATER);

        AttemptRecord entry = AttemptRecord.ofAttempt(failed, second.afterAttempt(failed, LATER, TWO_ATTEMPTS, 0.5),
                Optional.of("twilio"), Optional.of(Account.GATEWAY));

        assertThat(entry.attempt()).isEqualTo(2);
        assertThat(entry.outcome()).isEqualTo(Outcome.DEAD);
    }

    @Test
    void aReportSaysWhatTheProviderReportedAboutTheAttemptItFollows() {
        Delivery sent = claimed.afterAttempt(new AttemptResult.Sent("SM1"), NOW, TWO_ATTEMPTS, 0.5);
        ProviderReport undelivered = new ProviderReport("SM1", ProviderReport.Outcome.UNDELIVERED, Optional.of("twilio 30003"));
        Delivery failed = sent.afterReport(undelivered, LATER).orElseThrow();

        AttemptRecord entry = AttemptRecord.ofReport(undelivered, failed, "twilio");

        assertThat(entry).isEqualTo(new AttemptRecord(failed.tenantId(), failed.messageId(), failed.id(), 1, LATER, Kind.REPORT,
                Outcome.UNDELIVERED, Optional.of("twilio 30003"), Optional.of("twilio"), Optional.of("SM1"), Optional.empty()));
    }

    private AttemptRecord attempt(AttemptResult result) {
        return AttemptRecord.ofAttempt(result, claimed.afterAttempt(result, LATER, TWO_ATTEMPTS, 0.5), Optional.of("twilio"),
                Optional.of(Account.GATEWAY));
    }
}
