package switchboard.application.suppression;

import java.util.List;
import java.util.Objects;

import switchboard.application.shared.KnownTenants;
import switchboard.application.shared.PageRequest;
import switchboard.application.shared.TenantStore;
import switchboard.application.suppression.port.SuppressionList;
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
