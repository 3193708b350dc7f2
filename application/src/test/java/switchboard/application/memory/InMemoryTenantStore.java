package switchboard.application.memory;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import switchboard.application.shared.TenantStore;
import switchboard.domain.tenant.Tenant;
import switchboard.domain.tenant.TenantId;

final class InMemoryTenantStore implements TenantStore {

    private final Map<TenantId, Tenant> tenants = new ConcurrentHashMap<>();

    @Override
    public boolean add(Tenant tenant) {
        return tenants.putIfAbsent(tenant.id(), tenant) == null;
    }

    @Override
    public Optional<Tenant> find(TenantId id) {
        return Optional.ofNullable(tenants.get(id));
    }

    @Override
    public void update(Tenant tenant) {
        tenants.replace(tenant.id(), tenant);
    }

    @Override
    public Map<TenantId, Duration> retentionOverrides() {
        return tenants.values().stream().filter(tenant -> tenant.retention().isPresent())
                .collect(Collectors.toMap(Tenant::id, tenant -> tenant.retention().orElseThrow()));
    }
}
