package switchboard.application.provider;

import java.util.List;

import switchboard.domain.provider.ProviderSettings;
import switchboard.domain.tenant.TenantId;

public interface ListProviderSettingsUseCase {

    /** The tenant's provider settings, in channel order. */
    List<ProviderSettings> list(TenantId tenantId);
}
