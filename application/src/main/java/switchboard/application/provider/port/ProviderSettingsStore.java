package switchboard.application.provider.port;

import java.util.List;
import java.util.Optional;

import switchboard.domain.provider.ProviderSettings;
import switchboard.domain.recipient.Channel;
import switchboard.domain.tenant.TenantId;

/** The tenants' own provider settings, one per channel, their secrets encrypted at rest. */
public interface ProviderSettingsStore {

    /** Stores the settings, replacing the tenant's earlier ones for the channel. */
    void save(TenantId tenantId, ProviderSettings settings);

    Optional<ProviderSettings> find(TenantId tenantId, Channel channel);

    /** The tenant's settings, in channel order. */
    List<ProviderSettings> list(TenantId tenantId);

    /** @return false if the tenant had no settings for the channel */
    boolean delete(TenantId tenantId, Channel channel);
}
