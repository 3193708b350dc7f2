package switchboard.application.contract;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import switchboard.application.delivery.DeliveryFilter;
import switchboard.application.dispatch.port.ClaimedDelivery;
import switchboard.application.dispatch.port.Lease;
import switchboard.application.shared.PageRequest;
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

public abstract class DeliveryStoreContract extends StoreContract {

    private static final RetryPolicy ONE_ATTEMPT = new RetryPolicy(1, Duration.ofSeconds(1), Duration.ofSeconds(1));
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
        return new Message(MessageId.random(), tenant, "admin", Content.text(null, "Body"), EmailOptions.NONE, null, null,
                false, NOW);
    }

    private static Delivery queued(Message message, String phone) {
        return Delivery.queue(message.id(), message.tenantId(), new Recipient(Channel.SMS, new PhoneNumber(phone)), NOW, NOW);
    }
}
