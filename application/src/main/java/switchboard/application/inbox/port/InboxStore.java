package switchboard.application.inbox.port;

import java.time.Instant;
import java.util.List;

import switchboard.application.shared.PageRequest;
import switchboard.domain.delivery.DeliveryId;
import switchboard.domain.inbox.InboxItem;
import switchboard.domain.recipient.UserId;
import switchboard.domain.tenant.TenantId;

/** The in-app inboxes of the tenants' users. */
public interface InboxStore {

    /** Puts an item in its user's inbox; storing the same item again changes nothing. */
    void add(InboxItem item);

    /** A user's items, newest first. */
    List<InboxItem> list(TenantId tenantId, UserId userId, PageRequest page);

    /** Marks an item read (once: a second call keeps the first time); false if the user has no such item. */
    boolean markRead(TenantId tenantId, UserId userId, DeliveryId itemId, Instant at);
}
