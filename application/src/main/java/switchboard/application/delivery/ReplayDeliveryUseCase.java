package switchboard.application.delivery;

import switchboard.application.shared.ConflictException;
import switchboard.application.shared.NotFoundException;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.delivery.DeliveryId;
import switchboard.domain.tenant.TenantId;

public interface ReplayDeliveryUseCase {

    /**
     * Puts a dead delivery back in the queue, due now, with its attempts counted afresh.
     *
     * @return the delivery, queued
     * @throws NotFoundException if the tenant has no such delivery
     * @throws ConflictException if the delivery is not dead
     */
    Delivery replay(TenantId tenantId, DeliveryId id);
}
