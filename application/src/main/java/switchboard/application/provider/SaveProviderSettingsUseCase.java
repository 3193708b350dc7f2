package switchboard.application.provider;

import switchboard.domain.InvalidValueException;
import switchboard.domain.provider.ProviderSettings;
import switchboard.domain.tenant.TenantId;

public interface SaveProviderSettingsUseCase {

    /**
     * Stores a tenant's provider settings for a channel, replacing earlier ones.
     *
     * @throws InvalidValueException if an account lacks a field its provider needs
     */
    ProviderSettings save(TenantId tenantId, ProviderSettings settings);
}
