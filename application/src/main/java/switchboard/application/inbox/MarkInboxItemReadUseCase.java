package switchboard.application.inbox;

import switchboard.application.shared.NotFoundException;
import switchboard.domain.delivery.DeliveryId;
import switchboard.domain.recipient.UserId;
import switchboard.domain.tenant.TenantId;

public interface MarkInboxItemReadUseCase {

    /** @throws NotFoundException if the user has no such item */
    void markRead(TenantId tenantId, UserId userId, DeliveryId itemId);
}
