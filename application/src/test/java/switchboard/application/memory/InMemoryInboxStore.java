package switchboard.application.memory;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import switchboard.application.inbox.port.InboxStore;
import switchboard.application.shared.PageRequest;
import switchboard.domain.delivery.DeliveryId;
import switchboard.domain.inbox.InboxItem;
import switchboard.domain.recipient.UserId;
import switchboard.domain.tenant.TenantId;

final class InMemoryInboxStore implements InboxStore {

    private final Map<DeliveryId, InboxItem> items = new LinkedHashMap<>();

    @Override
    public synchronized void add(InboxItem item) {
        items.putIfAbsent(item.id(), item);
    }

    @Override
    public synchronized List<InboxItem> list(TenantId tenantId, UserId userId, PageRequest page) {
        return items.values().stream()
                .filter(item -> item.tenantId().equals(tenantId) && item.userId().equals(userId))
                .sorted(Comparator.comparing(InboxItem::createdAt).reversed())
                .skip(page.offset()).limit(page.limit()).toList();
    }

    @Override
    public synchronized boolean markRead(TenantId tenantId, UserId userId, DeliveryId itemId, Instant at) {
        InboxItem item = items.get(itemId);
        if (item == null || !item.tenantId().equals(tenantId) || !item.userId().equals(userId)) {
            return false;
        }
        if (item.readAt() == null) {
            items.put(itemId, new InboxItem(item.id(), item.tenantId(), item.userId(), item.messageId(), item.title(),
                    item.body(), item.createdAt(), at));
        }
        return true;
    }
}
