package switchboard.application.delivery;

import java.util.List;
import java.util.Objects;

import switchboard.application.delivery.port.DeliveryStore;
import switchboard.application.shared.KnownTenants;
import switchboard.application.shared.PageRequest;
import switchboard.application.shared.TenantStore;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.tenant.TenantId;

public final class ListDeliveriesService implements ListDeliveriesUseCase {

    private final TenantStore tenants;
    private final DeliveryStore deliveries;

    public ListDeliveriesService(TenantStore tenants, DeliveryStore deliveries) {
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.deliveries = Objects.requireNonNull(deliveries, "deliveries");
    }

    @Override
    public List<Delivery> list(TenantId tenantId, DeliveryFilter filter, PageRequest page) {
        KnownTenants.require(tenants, tenantId);
        return deliveries.list(tenantId, filter, page);
    }
}
