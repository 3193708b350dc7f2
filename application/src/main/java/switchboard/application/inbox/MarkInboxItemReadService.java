package switchboard.application.inbox;

import java.time.Clock;
import java.util.Objects;

import switchboard.application.inbox.port.InboxStore;
import switchboard.application.shared.NotFoundException;
import switchboard.domain.delivery.DeliveryId;
import switchboard.domain.recipient.UserId;
import switchboard.domain.tenant.TenantId;

public final class MarkInboxItemReadService implements MarkInboxItemReadUseCase {

    private final InboxStore inbox;
    private final Clock clock;

    public MarkInboxItemReadService(InboxStore inbox, Clock clock) {
        this.inbox = Objects.requireNonNull(inbox, "inbox");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void markRead(TenantId tenantId, UserId userId, DeliveryId itemId) {
        if (!inbox.markRead(tenantId, userId, itemId, clock.instant())) {
            throw new NotFoundException("inbox item", itemId);
        }
    }
}
