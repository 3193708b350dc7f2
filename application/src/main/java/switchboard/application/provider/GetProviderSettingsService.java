package switchboard.application.provider;

import java.util.Objects;

import switchboard.application.provider.port.ProviderSettingsStore;
import switchboard.application.shared.KnownTenants;
import switchboard.application.shared.NotFoundException;
import switchboard.application.shared.TenantStore;
import switchboard.domain.provider.ProviderSettings;
import switchboard.domain.recipient.Channel;
import switchboard.domain.tenant.TenantId;

public final class GetProviderSettingsService implements GetProviderSettingsUseCase {

    private final TenantStore tenants;
    private final ProviderSettingsStore store;

    public GetProviderSettingsService(TenantStore tenants, ProviderSettingsStore store) {
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public ProviderSettings get(TenantId tenantId, Channel channel) {
        KnownTenants.require(tenants, tenantId);
        return store.find(tenantId, channel).orElseThrow(() -> new NotFoundException("provider settings", channel));
    }
}
