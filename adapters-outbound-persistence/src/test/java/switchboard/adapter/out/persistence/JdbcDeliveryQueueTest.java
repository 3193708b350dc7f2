package switchboard.adapter.out.persistence;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import switchboard.application.dispatch.port.ClaimedDelivery;
import switchboard.application.dispatch.port.Lease;
import switchboard.domain.contact.ContactFields;
import switchboard.domain.delivery.Delivery;
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

/** What the JDBC outbox does beyond the queue's contract (which {@link H2StoreContractsTest} checks). */
class JdbcDeliveryQueueTest {

    /** Apart from the contracts' times: the stores, and the queue's note of its last look, are shared with them. */
    private static final Instant START = Instant.parse("2031-05-06T07:00:00Z");
    private static final TenantId TENANT = new TenantId("lease-looks");

    @Test
    void expiredLeasesAreLookedForOnceASecondRatherThanAtEveryClaim() {
        JdbcStores stores = TestDatabases.emptyH2();
        stores.tenants().add(new Tenant(TENANT, "Lease looks", ContactFields.DEFAULT, START));
        Message message = new Message(MessageId.generate(), TENANT, "admin", Content.text("Subject", "Body"), EmailOptions.NONE,
                null, null, false, START);
        stores.save(message, List.of(Delivery.queue(message.id(), TENANT,
                new Recipient(Channel.EMAIL, new EmailAddress("a@example.com")), START, START)), Optional.empty());
        assertThat(stores.queue().claimDue(new Lease("w1#1", at(10_000)), START, 10)).hasSize(1);

        assertThat(stores.queue().claimDue(new Lease("w2#1", at(70_000)), at(9_500), 10)).as("the lease holds").isEmpty();
        assertThat(stores.queue().claimDue(new Lease("w2#2", at(70_200)), at(10_200), 10))
                .as("expired, within a second of the last look").isEmpty();
        List<ClaimedDelivery> takenOver = stores.queue().claimDue(new Lease("w2#3", at(70_500)), at(10_500), 10);
        assertThat(takenOver).as("a second after the last look").singleElement()
                .satisfies(claim -> assertThat(claim.delivery().attempts()).isEqualTo(2));
    }

    private static Instant at(long millisAfterStart) {
        return START.plusMillis(millisAfterStart);
    }
}
