package switchboard.application.delivery;

import java.util.List;

import switchboard.application.shared.PageRequest;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.tenant.TenantId;

public interface ListDeliveriesUseCase {

    /** The tenant's deliveries that pass the filter (the dead ones, say), most recently changed first. */
    List<Delivery> list(TenantId tenantId, DeliveryFilter filter, PageRequest page);
}
