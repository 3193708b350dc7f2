package switchboard.application.contract;

import org.junit.jupiter.api.Test;

import java.util.List;

import switchboard.application.shared.PageRequest;
import switchboard.domain.delivery.DeliveryId;
import switchboard.domain.inbox.InboxItem;
import switchboard.domain.message.MessageId;
import switchboard.domain.recipient.UserId;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;

public abstract class InboxStoreContract extends StoreContract {

    private static final UserId ALICE = new UserId("alice");

    @Test
    void listsAUsersItemsNewestFirst() {
        InboxItem older = item(ACME, ALICE, "First", 1);
        InboxItem newer = item(ACME, ALICE, "Second", 2);
        stores.inbox().add(older);
        stores.inbox().add(newer);
        stores.inbox().add(item(ACME, new UserId("bob"), "Bob's", 3));

        assertThat(stores.inbox().list(ACME, ALICE, new PageRequest(0, 10))).containsExactly(newer, older);
        assertThat(stores.inbox().list(ACME, ALICE, new PageRequest(1, 10))).containsExactly(older);
    }

    @Test
    void addingTheSameItemTwiceKeepsOne() {
        InboxItem item = item(ACME, ALICE, "Once", 1);
        stores.inbox().add(item);
        stores.inbox().add(item);

        assertThat(stores.inbox().list(ACME, ALICE, new PageRequest(0, 10))).hasSize(1);
    }

    @Test
    void marksAnItemReadOnceAndOnlyForItsUser() {
        InboxItem item = item(ACME, ALICE, "Read me", 1);
        stores.inbox().add(item);

        assertThat(stores.inbox().markRead(ACME, new UserId("bob"), item.id(), later(10))).isFalse();
        assertThat(stores.inbox().markRead(GLOBEX, ALICE, item.id(), later(10))).isFalse();
        assertThat(stores.inbox().markRead(ACME, ALICE, item.id(), later(10))).isTrue();
        assertThat(stores.inbox().markRead(ACME, ALICE, item.id(), later(20))).isTrue();
        assertThat(stores.inbox().list(ACME, ALICE, new PageRequest(0, 10)))
                .singleElement().satisfies(read -> assertThat(read.readTime()).contains(later(10)));
    }

    @Test
    void tenantsHaveSeparateInboxes() {
        stores.inbox().add(item(ACME, ALICE, "Acme's", 1));

        assertThat(stores.inbox().list(GLOBEX, ALICE, new PageRequest(0, 10))).isEmpty();
        assertThat(stores.inbox().list(ACME, ALICE, new PageRequest(0, 10))).extracting(InboxItem::title)
                .isEqualTo(List.of("Acme's"));
    }

    private static InboxItem item(TenantId tenant, UserId user, String title, long second) {
        return new InboxItem(DeliveryId.random(), tenant, user, MessageId.generate(), title, "Body of " + title, later(second), null);
    }
}
