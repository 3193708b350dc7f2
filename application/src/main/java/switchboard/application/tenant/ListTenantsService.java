package switchboard.application.tenant;

import java.util.List;
import java.util.Objects;

import switchboard.application.shared.PageRequest;
import switchboard.application.shared.TenantStore;
import switchboard.domain.tenant.Tenant;

public final class ListTenantsService implements ListTenantsUseCase {

    private final TenantStore tenants;

    public ListTenantsService(TenantStore tenants) {
        this.tenants = Objects.requireNonNull(tenants, "tenants");
    }

    @Override
    public List<Tenant> list(PageRequest page) {
        return tenants.list(page);
    }
}
