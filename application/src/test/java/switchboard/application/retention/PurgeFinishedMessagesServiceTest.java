package switchboard.application.retention;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import switchboard.application.memory.InMemoryStores;
import switchboard.application.memory.SettableClock;
import switchboard.domain.contact.ContactFields;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.delivery.DeliveryId;
import switchboard.domain.delivery.DeliveryStatus;
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

class PurgeFinishedMessagesServiceTest {

    private static final Instant START = Instant.parse("2026-11-22T10:00:00Z");
    private static final TenantId ACME = new TenantId("acme");
    private static final TenantId GLOBEX = new TenantId("globex");
    private static final Duration THIRTY_DAYS = Duration.ofDays(30);

    private final InMemoryStores stores = new InMemoryStores();
    private final SettableClock clock = new SettableClock(START);

    @BeforeEach
    void twoTenants() {
        stores.tenants().add(new Tenant(ACME, "Acme", ContactFields.DEFAULT, START));
        stores.tenants().add(new Tenant(GLOBEX, "Globex", ContactFields.DEFAULT, START));
    }

    @Test
    void purgesAMessageOnlyOnceItHasBeenFinishedForLongerThanTheRetention() {
        Message message = sent(ACME);
        clock.advance(THIRTY_DAYS);
        assertThat(purge(100)).isZero();
        assertThat(stores.messages().find(ACME, message.id())).isPresent();

        clock.advance(Duration.ofSeconds(1));

        assertThat(purge(100)).isOne();
        assertThat(stores.messages().find(ACME, message.id())).isEmpty();
    }

    @Test
    void countsFromTheLastUpdateOfTheMessagesDeliveries() {
        Message message = sent(ACME);
        clock.advance(Duration.ofDays(20));
        Delivery sent = stores.messages().find(ACME, message.id()).orElseThrow().deliveries().get(0);
        stores.deliveries().replace(sent, Delivery.restore(sent.id(), message.id(), ACME, sent.recipient(), null, null,
                DeliveryStatus.DELIVERED, 1, sent.notBefore(), null, null, clock.instant()));

        clock.advance(Duration.ofDays(15));

        assertThat(purge(100)).as("35 days after its creation, 15 after its last report").isZero();
        clock.advance(Duration.ofDays(16));
        assertThat(purge(100)).isOne();
    }

    @Test
    void goesOnBatchAfterBatchUntilNothingOldEnoughIsLeft() {
        for (int i = 0; i < 5; i++) {
            sent(ACME);
        }
        clock.advance(THIRTY_DAYS.plusDays(1));

        assertThat(purge(2)).isEqualTo(5);
        assertThat(purge(2)).isZero();
    }

    @Test
    void keepsEachTenantsMessagesForItsOwnRetentionAndTheOthersForTheGateways() {
        stores.tenants().update(stores.tenants().find(ACME).orElseThrow().withRetention(Optional.of(Duration.ofDays(7))));
        Message acme = sent(ACME);
        Message globex = sent(GLOBEX);
        clock.advance(Duration.ofDays(8));

        assertThat(purge(100)).isOne();
        assertThat(stores.messages().find(ACME, acme.id())).isEmpty();
        assertThat(stores.messages().find(GLOBEX, globex.id())).isPresent();

        stores.tenants().update(stores.tenants().find(GLOBEX).orElseThrow().withRetention(Optional.of(Duration.ofDays(90))));
        clock.advance(THIRTY_DAYS);
        assertThat(purge(100)).as("Globex keeps its messages 90 days").isZero();
        assertThat(stores.messages().find(GLOBEX, globex.id())).isPresent();
    }

    private int purge(int batchSize) {
        return new PurgeFinishedMessagesService(stores.tenants(), stores.history(), new RetentionPolicy(THIRTY_DAYS, batchSize),
                clock).purge();
    }

    /** A message whose one email was sent now. */
    private Message sent(TenantId tenant) {
        Message message = new Message(MessageId.generate(), tenant, "admin", Content.text("Subject", "Body"), EmailOptions.NONE,
                null, null, false, clock.instant());
        stores.save(message, List.of(delivery(message, DeliveryStatus.SENT)), Optional.empty());
        return message;
    }

    /** A delivery of the message in this status since now. */
    private Delivery delivery(Message message, DeliveryStatus status) {
        return Delivery.restore(DeliveryId.random(), message.id(), message.tenantId(),
                new Recipient(Channel.EMAIL, new EmailAddress("ann@example.com")), null, null, status, 1, message.createdAt(),
                null, null, clock.instant());
    }
}
