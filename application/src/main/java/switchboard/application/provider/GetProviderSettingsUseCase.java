package switchboard.application.provider;

import switchboard.application.shared.NotFoundException;
import switchboard.domain.provider.ProviderSettings;
import switchboard.domain.recipient.Channel;
import switchboard.domain.tenant.TenantId;

public interface GetProviderSettingsUseCase {

    /**
     * The tenant's provider settings for a channel.
     *
     * @throws NotFoundException if the tenant has none for the channel
     */
    ProviderSettings get(TenantId tenantId, Channel channel);
}
