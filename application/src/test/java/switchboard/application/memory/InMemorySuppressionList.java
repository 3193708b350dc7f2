package switchboard.application.memory;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import switchboard.application.shared.PageRequest;
import switchboard.application.suppression.Suppression;
import switchboard.application.suppression.port.SuppressionList;
import switchboard.domain.recipient.Recipient;
import switchboard.domain.tenant.TenantId;

final class InMemorySuppressionList implements SuppressionList {

    private final Map<TenantId, Map<Recipient, Suppression>> suppressions = new LinkedHashMap<>();

    @Override
    public synchronized void suppress(TenantId tenantId, Suppression suppression) {
        suppressions.computeIfAbsent(tenantId, tenant -> new LinkedHashMap<>()).putIfAbsent(suppression.recipient(), suppression);
    }

    @Override
    public synchronized Set<Recipient> suppressedAmong(TenantId tenantId, Collection<Recipient> recipients) {
        Map<Recipient, Suppression> tenants = suppressions.getOrDefault(tenantId, Map.of());
        return recipients.stream().filter(tenants::containsKey).collect(Collectors.toSet());
    }

    @Override
    public synchronized List<Suppression> list(TenantId tenantId, PageRequest page) {
        return suppressions.getOrDefault(tenantId, Map.of()).values().stream()
                .sorted(Comparator.comparing(Suppression::since).reversed())
                .skip(page.offset()).limit(page.limit()).toList();
    }

    @Override
    public synchronized boolean remove(TenantId tenantId, Recipient recipient) {
        Map<Recipient, Suppression> tenants = suppressions.get(tenantId);
        return tenants != null && tenants.remove(recipient) != null;
    }
}
