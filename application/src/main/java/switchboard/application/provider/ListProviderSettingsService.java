package switchboard.application.provider;

import java.util.List;
import java.util.Objects;

import switchboard.application.provider.port.ProviderSettingsStore;
import switchboard.application.shared.KnownTenants;
import switchboard.application.shared.TenantStore;
import switchboard.domain.provider.ProviderSettings;
import switchboard.domain.tenant.TenantId;

public final class ListProviderSettingsService implements ListProviderSettingsUseCase {

    private final TenantStore tenants;
    private final ProviderSettingsStore store;

    public ListProviderSettingsService(TenantStore tenants, ProviderSettingsStore store) {
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public List<ProviderSettings> list(TenantId tenantId) {
        KnownTenants.require(tenants, tenantId);
        return store.list(tenantId);
    }
}
