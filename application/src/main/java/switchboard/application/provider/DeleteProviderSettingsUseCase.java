package switchboard.application.provider;

import switchboard.application.shared.NotFoundException;
import switchboard.domain.recipient.Channel;
import switchboard.domain.tenant.TenantId;

public interface DeleteProviderSettingsUseCase {

    /**
     * Removes the tenant's provider settings for a channel: its messages go through the gateway's account again.
     *
     * @throws NotFoundException if the tenant has none for the channel
     */
    void delete(TenantId tenantId, Channel channel);
}
