package switchboard.application.delivery.port;

import java.util.List;
import java.util.Optional;

import switchboard.application.delivery.DeliveryFilter;
import switchboard.application.shared.PageRequest;
import switchboard.domain.delivery.AttemptRecord;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.delivery.DeliveryId;
import switchboard.domain.message.MessageId;
import switchboard.domain.tenant.TenantId;

/** Deliveries one at a time, outside the workers' leases: for providers' reports and admins' repairs; and their history. */
public interface DeliveryStore {

    /** The delivery, with its sealed credentials if it still has some. */
    Optional<Delivery> find(DeliveryId id);

    /**
     * Stores {@code next} in place of {@code previous} if the delivery is still as {@code previous}
     * left it (the same status, last changed at the same time), dropping any worker's lease on it:
     * a worker that still holds one finds its outcome refused. The entry, if given, is added to the
     * delivery's history in the same transaction.
     *
     * @return false if the delivery changed in between; nothing is stored then
     */
    boolean replace(Delivery previous, Delivery next, Optional<AttemptRecord> entry);

    /** Replaces the delivery as {@link #replace(Delivery, Delivery, Optional)} does, adding nothing to its history. */
    default boolean replace(Delivery previous, Delivery next) {
        return replace(previous, next, Optional.empty());
    }

    /**
     * The history of the tenant's message's deliveries (their attempts and the providers' reports),
     * each delivery's oldest first; empty for a message the tenant does not have.
     */
    List<AttemptRecord> history(TenantId tenantId, MessageId messageId);

    /** The tenant's deliveries that pass the filter, most recently changed first. */
    List<Delivery> list(TenantId tenantId, DeliveryFilter filter, PageRequest page);
}
