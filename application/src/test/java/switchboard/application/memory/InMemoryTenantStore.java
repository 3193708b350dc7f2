package switchboard.application.memory;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import switchboard.application.shared.PageRequest;
import switchboard.application.shared.TenantStore;
import switchboard.domain.delivery.DeliveryStatus;
import switchboard.domain.tenant.Tenant;
import switchboard.domain.tenant.TenantId;

final class InMemoryTenantStore implements TenantStore {

    private final Map<TenantId, Tenant> tenants = new ConcurrentHashMap<>();
    /** What goes with a tenant, as the database's keys take it along. */
    private final InMemoryCredentialStore credentials;
    private final InMemoryMessageStore messages;
    private final InMemoryContactDirectory contacts;

    InMemoryTenantStore(InMemoryCredentialStore credentials, InMemoryMessageStore messages, InMemoryContactDirectory contacts) {
        this.credentials = credentials;
        this.messages = messages;
        this.contacts = contacts;
    }

    @Override
    public boolean add(Tenant tenant) {
        return tenants.putIfAbsent(tenant.id(), tenant) == null;
    }

    @Override
    public Optional<Tenant> find(TenantId id) {
        return Optional.ofNullable(tenants.get(id));
    }

    @Override
    public List<Tenant> list(PageRequest page) {
        return tenants.values().stream()
                .sorted(Comparator.comparing(Tenant::createdAt).reversed().thenComparing(tenant -> tenant.id().value()))
                .skip(page.offset()).limit(page.limit()).toList();
    }

    @Override
    public void update(Tenant tenant) {
        tenants.replace(tenant.id(), tenant);
    }

    @Override
    public synchronized Removal remove(TenantId id) {
        if (!tenants.containsKey(id)) {
            return Removal.NOT_FOUND;
        }
        boolean removed = messages.underLock((stored, deliveries) -> {
            if (deliveries.values().stream().anyMatch(delivery -> delivery.tenantId().equals(id)
                    && (delivery.status() == DeliveryStatus.QUEUED || delivery.status() == DeliveryStatus.SENDING))) {
                return false;
            }
            deliveries.values().removeIf(delivery -> delivery.tenantId().equals(id));
            stored.values().removeIf(message -> message.tenantId().equals(id));
            return true;
        });
        if (!removed) {
            return Removal.DELIVERIES_PENDING;
        }
        credentials.removeAll(id);
        contacts.deleteAll(id);
        tenants.remove(id);
        return Removal.REMOVED;
    }

    @Override
    public Map<TenantId, Duration> retentionOverrides() {
        return tenants.values().stream().filter(tenant -> tenant.retention().isPresent())
                .collect(Collectors.toMap(Tenant::id, tenant -> tenant.retention().orElseThrow()));
    }
}
