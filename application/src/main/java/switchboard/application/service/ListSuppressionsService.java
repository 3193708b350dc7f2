package switchboard.application.service;

import java.util.List;
import java.util.Objects;

import switchboard.application.port.PageRequest;
import switchboard.application.port.Suppression;
import switchboard.application.port.in.ListSuppressionsUseCase;
import switchboard.application.port.out.SuppressionList;
import switchboard.application.port.out.TenantStore;
import switchboard.domain.tenant.TenantId;

public final class ListSuppressionsService implements ListSuppressionsUseCase {

    private final TenantStore tenants;
    private final SuppressionList suppressions;

    public ListSuppressionsService(TenantStore tenants, SuppressionList suppressions) {
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.suppressions = Objects.requireNonNull(suppressions, "suppressions");
    }

    @Override
    public List<Suppression> list(TenantId tenantId, PageRequest page) {
        KnownTenants.require(tenants, tenantId);
        return suppressions.list(tenantId, page);
    }
}
