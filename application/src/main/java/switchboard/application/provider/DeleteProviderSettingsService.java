package switchboard.application.provider;

import java.util.Objects;

import switchboard.application.provider.port.ProviderSettingsStore;
import switchboard.application.shared.KnownTenants;
import switchboard.application.shared.NotFoundException;
import switchboard.application.shared.TenantStore;
import switchboard.domain.recipient.Channel;
import switchboard.domain.tenant.TenantId;

public final class DeleteProviderSettingsService implements DeleteProviderSettingsUseCase {

    private final TenantStore tenants;
    private final ProviderSettingsStore store;

    public DeleteProviderSettingsService(TenantStore tenants, ProviderSettingsStore store) {
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public void delete(TenantId tenantId, Channel channel) {
        KnownTenants.require(tenants, tenantId);
        if (!store.delete(tenantId, channel)) {
            throw new NotFoundException("provider settings", channel);
        }
    }
}
