package switchboard.application.contract;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import switchboard.application.delivery.DeliveryFilter;
import switchboard.application.dispatch.port.AttemptOutcome;
import switchboard.application.dispatch.port.ClaimedDelivery;
import switchboard.application.dispatch.port.Lease;
import switchboard.application.shared.PageRequest;
import switchboard.domain.delivery.AttemptRecord;
import switchboard.domain.delivery.AttemptRecord.Account;
import switchboard.domain.delivery.AttemptRecord.Kind;
import switchboard.domain.delivery.AttemptRecord.Outcome;
import switchboard.domain.delivery.AttemptResult;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.delivery.DeliveryId;
import switchboard.domain.delivery.DeliveryStatus;
import switchboard.domain.delivery.ProviderReport;
import switchboard.domain.delivery.RetryPolicy;
import switchboard.domain.delivery.SealedCredentials;
import switchboard.domain.message.Content;
import switchboard.domain.message.EmailOptions;
import switchboard.domain.message.Message;
import switchboard.domain.message.MessageId;
import switchboard.domain.recipient.Channel;
import switchboard.domain.recipient.PhoneNumber;
import switchboard.domain.recipient.Recipient;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

public abstract class DeliveryStoreContract extends StoreContract {

    private static final RetryPolicy ONE_ATTEMPT = new RetryPolicy(1, Duration.ofSeconds(1), Duration.ofSeconds(1));
    private static final RetryPolicy THREE_ATTEMPTS = new RetryPolicy(3, Duration.ofSeconds(10), Duration.ofSeconds(10));
    private static final SealedCredentials SEALED = new SealedCredentials(new byte[]{9, 8, 7});
    private static final DeliveryFilter DEAD = new DeliveryFilter(Optional.of(DeliveryStatus.DEAD), Optional.empty());

    @Test
    void findsADeliveryByIdWithItsCredentials() {
        Delivery stored = store(ACME, "+14155550100", true);

        Delivery found = stores.deliveries().find(stored.id()).orElseThrow();
        assertThat(found.credentials()).contains(SEALED);
        assertThat(found.recipient()).isEqualTo(stored.recipient());
        assertThat(stores.deliveries().find(DeliveryId.random())).isEmpty();
    }

    @Test
    void aReportReplacesTheDeliveryOnlyIfNothingChangedItInBetween() {
        Delivery sent = sentOne(ACME);
        Delivery delivered = sent.afterReport(report(ProviderReport.Outcome.DELIVERED), later(5)).orElseThrow();
        Delivery failed = sent.afterReport(report(ProviderReport.Outcome.UNDELIVERED), later(5)).orElseThrow();

        assertThat(stores.deliveries().replace(sent, delivered)).isTrue();
        assertThat(stores.deliveries().replace(sent, failed)).as("from a stale copy").isFalse();
        Delivery stored = stores.deliveries().find(sent.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(stored.updatedAt()).isEqualTo(later(5));
        assertThat(stored.credentials()).as("erased: the delivery has ended").isEmpty();
        assertThat(stores.storedCredentialCount()).isZero();
    }

    @Test
    void aReportOnADeliveryBeingSentTakesItFromTheWorker() {
        Message message = message(ACME);
        stores.save(message, List.of(queued(message, "+14155550100")), Optional.empty());
        Lease lease = new Lease("w1", later(60));
        ClaimedDelivery claimed = stores.queue().claimDue(lease, NOW, 1).get(0);

        Delivery delivered = claimed.delivery().afterReport(report(ProviderReport.Outcome.DELIVERED), later(1)).orElseThrow();
        assertThat(stores.deliveries().replace(claimed.delivery(), delivered)).isTrue();

        Delivery workersOutcome = claimed.delivery().afterAttempt(new AttemptResult.Sent("SM1"), later(2), ONE_ATTEMPT, 0.5);
        assertThat(stores.queue().record(workersOutcome, lease)).as("the worker's lease is gone").isFalse();
        assertThat(stores.deliveries().find(delivered.id()).orElseThrow().status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(stores.queue().claimDue(new Lease("w2", later(600)), later(120), 10)).isEmpty();
    }

    @Test
    void listsATenantsDeadDeliveriesMostRecentFirst() {
        Delivery older = deadOne(ACME, "+14155550100", later(1));
        Delivery newer = deadOne(ACME, "+14155550101", later(2));
        deadOne(GLOBEX, "+14155550102", later(3));
        sentOne(ACME);

        PageRequest all = new PageRequest(0, 10);
        assertThat(stores.deliveries().list(ACME, DEAD, all)).extracting(Delivery::id).containsExactly(newer.id(), older.id());
        assertThat(stores.deliveries().list(ACME, DEAD, new PageRequest(1, 10))).extracting(Delivery::id)
                .containsExactly(older.id());
        assertThat(stores.deliveries().list(ACME, new DeliveryFilter(Optional.empty(), Optional.of(Channel.EMAIL)), all))
                .isEmpty();
        assertThat(stores.deliveries().list(ACME, new DeliveryFilter(Optional.empty(), Optional.empty()), all)).hasSize(3);
    }

    @Test
    void aReplayedDeadDeliveryIsClaimedAgainWithItsCredentials() {
        Delivery dead = deadOne(ACME, "+14155550100", later(1));
        Delivery stored = stores.deliveries().find(dead.id()).orElseThrow();
        assertThat(stored.credentials()).as("kept for the replay").contains(SEALED);

        assertThat(stores.deliveries().replace(stored, stored.replay(later(10)))).isTrue();
        ClaimedDelivery claimed = stores.queue().claimDue(new Lease("w2", later(70)), later(10), 10).get(0);
        assertThat(claimed.delivery().id()).isEqualTo(dead.id());
        assertThat(claimed.delivery().attempts()).isOne();
        assertThat(claimed.delivery().credentials()).contains(SEALED);
    }

    @Test
    void eachStoredAttemptAndReportIsInItsDeliverysHistoryOldestFirst() {
        Message message = message(ACME);
        Delivery queued = queued(message, "+14155550100");
        stores.save(message, List.of(queued, queued(message, "+14155550101")), Optional.empty());
        Lease first = new Lease("w1", later(60));
        Map<Boolean, List<Delivery>> claimed = stores.queue().claimDue(first, NOW, 2).stream().map(ClaimedDelivery::delivery)
                .collect(Collectors.partitioningBy(delivery -> delivery.id().equals(queued.id())));
        Delivery retrying = claimed.get(true).get(0).afterAttempt(new AttemptResult.Deferred("503 busy"), later(1),
                THREE_ATTEMPTS, 0.5);
        Delivery otherSent = claimed.get(false).get(0).afterAttempt(new AttemptResult.Sent("SM2"), later(1), THREE_ATTEMPTS,
                0.5);
        assertThat(stores.queue().recordAll(List.of(outcome(retrying, first, new AttemptResult.Deferred("503 busy"),
                Account.PRIMARY), outcome(otherSent, first, new AttemptResult.Sent("SM2"), Account.PRIMARY)))).isEmpty();
        Lease second = new Lease("w2", later(120));
        Delivery again = stores.queue().claimDue(second, retrying.notBefore(), 1).get(0).delivery();
        Delivery sent = again.afterAttempt(new AttemptResult.Sent("SM1"), later(90), THREE_ATTEMPTS, 0.5);
        assertThat(stores.queue().recordAll(List.of(outcome(sent, second, new AttemptResult.Sent("SM1"), Account.FALLBACK))))
                .isEmpty();
        ProviderReport delivered = new ProviderReport("SM1", ProviderReport.Outcome.DELIVERED, Optional.empty());
        Delivery reported = sent.afterReport(delivered, later(95)).orElseThrow();
        assertThat(stores.deliveries().replace(sent, reported, Optional.of(AttemptRecord.ofReport(delivered, reported,
                "twilio")))).isTrue();

        List<AttemptRecord> history = stores.deliveries().history(ACME, message.id());

        assertThat(history).filteredOn(entry -> entry.deliveryId().equals(queued.id()))
                .extracting(AttemptRecord::attempt, AttemptRecord::at, AttemptRecord::kind, AttemptRecord::outcome,
                        AttemptRecord::error, AttemptRecord::providerRef, AttemptRecord::account)
                .containsExactly(
                        tuple(1, later(1), Kind.ATTEMPT, Outcome.RETRYING, Optional.of("503 busy"), Optional.empty(),
                                Optional.of(Account.PRIMARY)),
                        tuple(2, later(90), Kind.ATTEMPT, Outcome.SENT, Optional.empty(), Optional.of("SM1"),
                                Optional.of(Account.FALLBACK)),
                        tuple(2, later(95), Kind.REPORT, Outcome.DELIVERED, Optional.empty(), Optional.of("SM1"),
                                Optional.empty()));
        assertThat(history).as("the whole message's, both deliveries").hasSize(4)
                .allSatisfy(entry -> assertThat(entry.provider()).isPresent());
        assertThat(stores.deliveries().history(GLOBEX, message.id())).as("another tenant's message").isEmpty();
    }

    @Test
    void anOutcomeOrReportNotStoredLeavesNoHistory() {
        Message message = message(ACME);
        stores.save(message, List.of(queued(message, "+14155550100")), Optional.empty());
        Lease lease = new Lease("w1", later(60));
        Delivery claimed = stores.queue().claimDue(lease, NOW, 1).get(0).delivery();
        // The lease runs out and another worker takes the delivery over: the first worker's outcome is refused.
        Lease takeover = new Lease("w2", later(180));
        Delivery takenOver = stores.queue().claimDue(takeover, later(61), 1).get(0).delivery();
        Delivery late = claimed.afterAttempt(new AttemptResult.Sent("SM1"), later(62), THREE_ATTEMPTS, 0.5);
        assertThat(stores.queue().recordAll(List.of(outcome(late, lease, new AttemptResult.Sent("SM1"), Account.GATEWAY))))
                .containsExactly(claimed.id());
        Delivery sent = takenOver.afterAttempt(new AttemptResult.Sent("SM2"), later(63), THREE_ATTEMPTS, 0.5);
        ProviderReport delivered = new ProviderReport("SM2", ProviderReport.Outcome.DELIVERED, Optional.empty());
        Delivery stale = sent.afterReport(delivered, later(64)).orElseThrow();
        assertThat(stores.deliveries().replace(sent, stale, Optional.of(AttemptRecord.ofReport(delivered, stale, "twilio"))))
                .as("the delivery is still being sent, not as the report's copy says").isFalse();

        assertThat(stores.deliveries().history(ACME, message.id())).isEmpty();
        assertThat(stores.storedHistoryCount()).isZero();
    }

    private static AttemptOutcome outcome(Delivery after, Lease lease, AttemptResult result, Account account) {
        return new AttemptOutcome(after, lease, Optional.empty(),
                Optional.of(AttemptRecord.ofAttempt(result, after, Optional.of("twilio"), Optional.of(account))));
    }

    private Delivery sentOne(TenantId tenant) {
        Delivery stored = store(tenant, "+14155550199", true);
        Lease lease = new Lease("w1", later(60));
        Delivery claimed = stores.queue().claimDue(lease, NOW, 1).get(0).delivery();
        Delivery sent = claimed.afterAttempt(new AttemptResult.Sent("SM1"), NOW, ONE_ATTEMPT, 0.5);
        assertThat(stores.queue().record(sent, lease)).isTrue();
        return stores.deliveries().find(stored.id()).orElseThrow();
    }

    private Delivery deadOne(TenantId tenant, String phone, Instant at) {
        Delivery stored = store(tenant, phone, true);
        Lease lease = new Lease("w1", later(60));
        Delivery claimed = stores.queue().claimDue(lease, NOW, 1).get(0).delivery();
        assertThat(stores.queue().record(claimed.afterAttempt(new AttemptResult.Deferred("503"), at, ONE_ATTEMPT, 0.5), lease))
                .isTrue();
        return stores.deliveries().find(stored.id()).orElseThrow();
    }

    private Delivery store(TenantId tenant, String phone, boolean withCredentials) {
        Message message = message(tenant);
        Delivery delivery = queued(message, phone);
        delivery = withCredentials ? delivery.withCredentials(SEALED) : delivery;
        stores.save(message, List.of(delivery), Optional.empty());
        return delivery;
    }

    private static ProviderReport report(ProviderReport.Outcome outcome) {
        return new ProviderReport("SM1", outcome, Optional.of("30003"));
    }

    private static Message message(TenantId tenant) {
        return new Message(MessageId.generate(), tenant, "admin", Content.text(null, "Body"), EmailOptions.NONE, null, null,
                false, NOW);
    }

    private static Delivery queued(Message message, String phone) {
        return Delivery.queue(message.id(), message.tenantId(), new Recipient(Channel.SMS, new PhoneNumber(phone)), NOW, NOW);
    }
}
