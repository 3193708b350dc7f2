package switchboard.application.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import switchboard.application.provider.port.ProviderSettingsStore;
import switchboard.domain.provider.ProviderSettings;
import switchboard.domain.recipient.Channel;
import switchboard.domain.tenant.TenantId;

final class InMemoryProviderSettingsStore implements ProviderSettingsStore {

    private final Map<TenantId, Map<Channel, ProviderSettings>> settings = new ConcurrentHashMap<>();

    @Override
    public void save(TenantId tenantId, ProviderSettings saved) {
        settings.computeIfAbsent(tenantId, tenant -> new ConcurrentHashMap<>()).put(saved.channel(), saved);
    }

    @Override
    public Optional<ProviderSettings> find(TenantId tenantId, Channel channel) {
        return Optional.ofNullable(settings.getOrDefault(tenantId, Map.of()).get(channel));
    }

    @Override
    public List<ProviderSettings> list(TenantId tenantId) {
        return settings.getOrDefault(tenantId, Map.of()).values().stream()
                .sorted(Comparator.comparing(ProviderSettings::channel)).toList();
    }

    @Override
    public boolean delete(TenantId tenantId, Channel channel) {
        Map<Channel, ProviderSettings> tenants = settings.get(tenantId);
        return tenants != null && tenants.remove(channel) != null;
    }
}
