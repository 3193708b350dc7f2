package switchboard.adapter.in.admin.inbox;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import switchboard.domain.delivery.DeliveryId;
import switchboard.domain.inbox.InboxItem;
import switchboard.domain.message.MessageId;
import switchboard.domain.recipient.UserId;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated mapping of inbox items: an item is read once it has a read time. */
class InboxMapperTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private final InboxMapper mapper = new InboxMapperImpl();

    @Test
    void anItemIsReadWhenItHasAReadTime() {
        InboxItem unread = item(null);
        InboxItem read = item(NOW.plusSeconds(60));

        assertThat(mapper.view(unread)).isEqualTo(new InboxItemView(unread.id().toString(), unread.messageId().toString(), "Title",
                "Body", NOW, false, null));
        assertThat(mapper.view(read).read()).isTrue();
        assertThat(mapper.view(read).readAt()).isEqualTo(NOW.plusSeconds(60));
    }

    private static InboxItem item(Instant readAt) {
        return new InboxItem(DeliveryId.random(), new TenantId("acme"), new UserId("user-1"), MessageId.generate(), "Title", "Body",
                NOW, readAt);
    }
}
