package switchboard.application.contract;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import switchboard.application.dispatch.port.AttemptOutcome;
import switchboard.application.dispatch.port.ClaimedDelivery;
import switchboard.application.dispatch.port.Lease;
import switchboard.domain.contact.ContactFields;
import switchboard.domain.delivery.AttemptRecord;
import switchboard.domain.delivery.AttemptResult;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.delivery.DeliveryId;
import switchboard.domain.delivery.DeliveryStatus;
import switchboard.domain.delivery.RetryPolicy;
import switchboard.domain.message.Content;
import switchboard.domain.message.EmailOptions;
import switchboard.domain.message.Message;
import switchboard.domain.message.MessageId;
import switchboard.domain.recipient.Channel;
import switchboard.domain.recipient.EmailAddress;
import switchboard.domain.recipient.Recipient;
import switchboard.domain.tenant.Tenant;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dispatch workers' side of the outbox: claims shared fairly among tenants and channels, and outcomes
 * recorded in batches, each under its own lease. The rest of {@code DeliveryQueue} is in
 * {@link MessageStoreContract}, beside the sends it claims.
 */
public abstract class DeliveryQueueContract extends StoreContract {

    private static final RetryPolicy RETRIES = new RetryPolicy(5, Duration.ofSeconds(10), Duration.ofMinutes(10));
    private static final TenantId INITECH = new TenantId("initech");

    @Test
    void oneTenantsBacklogDoesNotKeepAnotherTenantsSendWaiting() {
        queue(ACME, 3_000, -3_600);
        Delivery single = queue(GLOBEX, 1, 0).get(0);

        List<ClaimedDelivery> claimed = stores.queue().claimDue(new Lease("w1", later(60)), NOW, 10);

        assertThat(claimed).as("a full claim").hasSize(10);
        assertThat(claimed).extracting(claim -> claim.delivery().id()).contains(single.id());
        assertThat(claimed).filteredOn(claim -> claim.delivery().tenantId().equals(ACME))
                .as("the backlog fills what the other tenant leaves").hasSize(9)
                .allSatisfy(claim -> assertThat(claim.delivery().notBefore()).isBefore(NOW));
    }

    @Test
    void tenantsShareAClaimEquallyWhileEachHasEnough() {
        queue(ACME, 50, -60);
        queue(GLOBEX, 50, 0);

        List<ClaimedDelivery> claimed = stores.queue().claimDue(new Lease("w1", later(60)), NOW, 10);

        assertThat(claimed).filteredOn(claim -> claim.delivery().tenantId().equals(ACME)).hasSize(5);
        assertThat(claimed).filteredOn(claim -> claim.delivery().tenantId().equals(GLOBEX)).hasSize(5);
    }

    @Test
    void aBacklogOverOneChannelDoesNotKeepTheSameTenantsSendOverAnotherWaiting() {
        queue(ACME, 3_000, -3_600);
        Delivery sms = queueSms(ACME, "+27821234567");

        List<ClaimedDelivery> claimed = stores.queue().claimDue(new Lease("w1", later(60)), NOW, 2);

        assertThat(claimed).extracting(claim -> claim.delivery().id()).as("one each").contains(sms.id());
    }

    @Test
    void whenMoreTenantsHaveDueWorkThanAClaimTakesSuccessiveClaimsServeThemInTurn() {
        stores.tenants().add(new Tenant(INITECH, "Initech", ContactFields.DEFAULT, NOW));
        queue(ACME, 20, -60);
        queue(GLOBEX, 20, -60);
        queue(INITECH, 20, -60);

        Set<TenantId> served = new HashSet<>();
        for (int claim = 0; claim < 2; claim++) {
            stores.queue().claimDue(new Lease("w1", later(60)), NOW, 2)
                    .forEach(claimed -> served.add(claimed.delivery().tenantId()));
        }

        assertThat(served).containsExactlyInAnyOrder(ACME, GLOBEX, INITECH);
    }

    @Test
    void aTenantWithOnlyScheduledDeliveriesTakesNoShare() {
        queue(ACME, 20, -60);
        queue(GLOBEX, 5, 3_600);

        List<ClaimedDelivery> claimed = stores.queue().claimDue(new Lease("w1", later(60)), NOW, 10);

        assertThat(claimed).hasSize(10).allSatisfy(claim -> assertThat(claim.delivery().tenantId()).isEqualTo(ACME));
    }

    @Test
    void recordsABatchOfOutcomesEachUnderItsOwnLeaseAndRefusesOnlyThoseTakenOver() {
        queue(ACME, 3, 0);
        Lease first = new Lease("w1#1", later(60));
        List<ClaimedDelivery> claimed = stores.queue().claimDue(first, NOW, 3);
        queue(GLOBEX, 1, 0);
        ClaimedDelivery another = stores.queue().claimDue(new Lease("w2#1", later(120)), NOW, 10).get(0);
        // The first lease runs out, and a third worker takes one of its deliveries over.
        List<ClaimedDelivery> takenOver = stores.queue().claimDue(new Lease("w3#1", later(180)), later(61), 1);
        assertThat(takenOver).hasSize(1);

        List<AttemptOutcome> outcomes = new ArrayList<>();
        claimed.forEach(claim -> outcomes.add(new AttemptOutcome(sent(claim), first)));
        outcomes.add(new AttemptOutcome(sent(another), another.lease()));
        Set<DeliveryId> refused = stores.queue().recordAll(outcomes);

        assertThat(refused).containsExactly(takenOver.get(0).delivery().id());
        assertThat(stores.deliveries().find(takenOver.get(0).delivery().id()).orElseThrow().status())
                .isEqualTo(DeliveryStatus.SENDING);
        assertThat(outcomes).filteredOn(outcome -> !refused.contains(outcome.delivery().id())).hasSize(3)
                .allSatisfy(outcome -> assertThat(stores.deliveries().find(outcome.delivery().id()).orElseThrow().status())
                        .isEqualTo(DeliveryStatus.SENT));
    }

    @Test
    void aBatchOfOutcomesAddsEachAttemptToItsDeliverysHistoryInTheSameWrite() {
        // More than a few: on PostgreSQL a batch this large goes through COPY.
        List<Delivery> queued = queue(ACME, 100, 0);
        Lease lease = new Lease("w1#1", later(60));
        List<ClaimedDelivery> claimed = stores.queue().claimDue(lease, NOW, 100);

        List<AttemptOutcome> outcomes = claimed.stream().map(claim -> {
            Delivery after = sent(claim);
            return new AttemptOutcome(after, lease, Optional.empty(), Optional.of(AttemptRecord.ofAttempt(
                    new AttemptResult.Sent("ref"), after, Optional.of("smtp\ttab"), Optional.of(AttemptRecord.Account.GATEWAY))));
        }).toList();
        assertThat(stores.queue().recordAll(outcomes)).isEmpty();

        assertThat(stores.storedHistoryCount()).isEqualTo(100);
        assertThat(stores.deliveries().history(ACME, queued.get(0).messageId())).hasSize(100)
                .allSatisfy(entry -> assertThat(entry).extracting(AttemptRecord::attempt, AttemptRecord::outcome,
                        AttemptRecord::provider, AttemptRecord::providerRef)
                        .containsExactly(1, AttemptRecord.Outcome.SENT, Optional.of("smtp\ttab"), Optional.of("ref")));
    }

    private static Delivery sent(ClaimedDelivery claim) {
        return claim.delivery().afterAttempt(new AttemptResult.Sent("ref"), later(62), RETRIES, 0.5);
    }

    /** Queues {@code count} deliveries of one message for the tenant, due {@code dueIn} seconds from {@link #NOW}. */
    private Delivery queueSms(TenantId tenant, String phone) {
        Message message = new Message(MessageId.generate(), tenant, "admin", Content.text(null, "Body"), EmailOptions.NONE,
                null, null, false, NOW);
        Delivery sms = Delivery.queue(message.id(), tenant, Recipient.of(Channel.SMS, phone), NOW, NOW);
        stores.save(message, List.of(sms), Optional.empty());
        return sms;
    }

    private List<Delivery> queue(TenantId tenant, int count, long dueIn) {
        Message message = new Message(MessageId.generate(), tenant, "admin", Content.text("Subject", "Body"), EmailOptions.NONE,
                null, null, false, NOW);
        List<Delivery> deliveries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            deliveries.add(Delivery.queue(message.id(), tenant,
                    new Recipient(Channel.EMAIL, new EmailAddress(tenant.value() + i + "@example.com")), later(dueIn), NOW));
        }
        stores.save(message, deliveries, Optional.empty());
        return deliveries;
    }
}
