package switchboard.application.delivery.port;

import java.util.List;
import java.util.Optional;

import switchboard.application.delivery.DeliveryFilter;
import switchboard.application.shared.PageRequest;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.delivery.DeliveryId;
import switchboard.domain.tenant.TenantId;

/** Deliveries one at a time, outside the workers' leases: for providers' reports and admins' repairs. */
public interface DeliveryStore {

    /** The delivery, with its sealed credentials if it still has some. */
    Optional<Delivery> find(DeliveryId id);

    /**
     * Stores {@code next} in place of {@code previous} if the delivery is still as {@code previous}
     * left it (the same status, last changed at the same time), dropping any worker's lease on it:
     * a worker that still holds one finds its outcome refused.
     *
     * @return false if the delivery changed in between; nothing is stored then
     */
    boolean replace(Delivery previous, Delivery next);

    /** The tenant's deliveries that pass the filter, most recently changed first. */
    List<Delivery> list(TenantId tenantId, DeliveryFilter filter, PageRequest page);
}
