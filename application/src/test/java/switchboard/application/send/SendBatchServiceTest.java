package switchboard.application.send;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import switchboard.application.dispatch.Dispatcher;
import switchboard.application.dispatch.port.ClaimedDelivery;
import switchboard.application.dispatch.port.Lease;
import switchboard.application.memory.FieldTemplateRenderer;
import switchboard.application.memory.Gateway;
import switchboard.application.memory.InMemoryMessageStore;
import switchboard.application.memory.InMemoryStores;
import switchboard.application.memory.NoMeters;
import switchboard.application.memory.RecordingTracing;
import switchboard.application.send.RecipientRequest.ToAddress;
import switchboard.application.shared.PageRequest;
import switchboard.application.suppression.Suppression;
import switchboard.application.suppression.port.SuppressionList;
import switchboard.domain.contact.ContactFields;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.delivery.DeliveryId;
import switchboard.domain.message.Content;
import switchboard.domain.recipient.Channel;
import switchboard.domain.recipient.Recipient;
import switchboard.domain.tenant.Tenant;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;

/** A batch answers each item in its place, whoever refused it, with one suppression lookup and one wake-up. */
class SendBatchServiceTest {

    private static final TenantId ACME = new TenantId("acme");

    private final InMemoryStores stores = new InMemoryStores();
    private final CountingSuppressions suppressions = new CountingSuppressions(stores.suppressions());
    private final InMemoryMessageStore messages = new InMemoryMessageStore(suppressions);
    private final WakeUps dispatcher = new WakeUps();
    private final SendBatchService sendBatch;

    SendBatchServiceTest() {
        Clock clock = Clock.systemUTC();
        stores.tenants().add(new Tenant(ACME, "Acme", ContactFields.DEFAULT, clock.instant()));
        sendBatch = new SendBatchService(new SendingPorts(stores.tenants(), stores.contacts(), Gateway.PHONES, messages,
                new FieldTemplateRenderer(), Gateway.SEALER, dispatcher, new RecordingTracing(), clock, NoMeters.SENDS));
    }

    @Test
    void answersEveryItemInItsPlaceAndStoresOnlyTheSentOnes() {
        stores.suppressions().suppress(ACME, new Suppression(Recipient.of(Channel.EMAIL, "gone@example.com"), "bounced",
                Instant.now()));

        List<BatchSendOutcome> outcomes = sendBatch.sendAll(ACME, List.of(
                new BatchItem.Refused("the dialect's reason"),
                new BatchItem.Send(to("ann@example.com")),
                new BatchItem.Send(SendCommand.of(ACME, "test", Content.text("Hi {{first_name}}", "Body"),
                        List.of(email("bob@example.com"))).withPersonalisation(true)),
                new BatchItem.Send(to("gone@example.com")),
                new BatchItem.Refused("another reason"),
                new BatchItem.Send(to("cid@example.com"))));

        assertThat(outcomes).hasSize(6);
        assertThat(refusal(outcomes.get(0))).isEqualTo("the dialect's reason");
        assertThat(refusal(outcomes.get(2))).contains("first_name");
        assertThat(refusal(outcomes.get(4))).isEqualTo("another reason");
        assertThat(addresses(outcomes.get(1))).containsExactly("ann@example.com");
        assertThat(((BatchSendOutcome.Sent) outcomes.get(3)).result().messageId()).isEmpty();
        assertThat(addresses(outcomes.get(5))).containsExactly("cid@example.com");
        assertThat(messages.deliveries()).extracting(delivery -> delivery.address().value())
                .containsExactlyInAnyOrder("ann@example.com", "cid@example.com");
        assertThat(suppressions.lookups).hasValue(1);
        assertThat(dispatcher.wakeUps).hasValue(1);
    }

    @Test
    void aBatchOfRefusedItemsStoresNothingAndWakesNoOne() {
        List<BatchSendOutcome> outcomes = sendBatch.sendAll(ACME, List.of(new BatchItem.Refused("first"),
                new BatchItem.Refused("second")));

        assertThat(outcomes).extracting(SendBatchServiceTest::refusal).containsExactly("first", "second");
        assertThat(messages.deliveries()).isEmpty();
        assertThat(dispatcher.wakeUps).hasValue(0);
    }

    private static SendCommand to(String address) {
        return SendCommand.of(ACME, "test", Content.text("Hello", "Body"), List.of(email(address)));
    }

    private static ToAddress email(String address) {
        return new ToAddress(Recipient.of(Channel.EMAIL, address));
    }

    private static String refusal(BatchSendOutcome outcome) {
        return outcome instanceof BatchSendOutcome.Refused refused ? refused.reason() : null;
    }

    private static List<String> addresses(BatchSendOutcome outcome) {
        return ((BatchSendOutcome.Sent) outcome).result().outcomes().stream()
                .flatMap(each -> ((RecipientOutcome.Accepted) each).deliveries().stream())
                .map(delivery -> delivery.address().value()).toList();
    }

    /** The in-memory suppression list, counting the store's lookups. */
    private static final class CountingSuppressions implements SuppressionList {
        private final SuppressionList list;
        private final AtomicInteger lookups = new AtomicInteger();

        CountingSuppressions(SuppressionList list) {
            this.list = list;
        }

        @Override
        public void suppress(TenantId tenantId, Suppression suppression) {
            list.suppress(tenantId, suppression);
        }

        @Override
        public Set<Recipient> suppressedAmong(TenantId tenantId, Collection<Recipient> recipients) {
            lookups.incrementAndGet();
            return list.suppressedAmong(tenantId, recipients);
        }

        @Override
        public List<Suppression> list(TenantId tenantId, PageRequest page) {
            return list.list(tenantId, page);
        }

        @Override
        public boolean remove(TenantId tenantId, Recipient recipient) {
            return list.remove(tenantId, recipient);
        }
    }

    /** A dispatcher that only counts how often it is woken: a batch never waits for its deliveries. */
    private static final class WakeUps implements Dispatcher {
        private final AtomicInteger wakeUps = new AtomicInteger();

        @Override
        public void wakeUp() {
            wakeUps.incrementAndGet();
        }

        @Override
        public Lease newLease() {
            throw new UnsupportedOperationException("a batch claims nothing as it stores it");
        }

        @Override
        public Map<DeliveryId, Delivery> deliverNow(List<ClaimedDelivery> claimed, Duration budget) {
            throw new UnsupportedOperationException("a batch never waits for its deliveries");
        }
    }
}
