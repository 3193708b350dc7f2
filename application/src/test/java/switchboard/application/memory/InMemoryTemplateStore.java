package switchboard.application.memory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import switchboard.application.template.port.TemplateStore;
import switchboard.domain.template.Template;
import switchboard.domain.template.TemplateId;
import switchboard.domain.tenant.TenantId;

final class InMemoryTemplateStore implements TemplateStore {

    private final Map<TenantId, TreeMap<String, Template>> templates = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));

    @Override
    public synchronized boolean save(Template template) {
        return of(template.tenantId()).put(template.id().value(), template) == null;
    }

    @Override
    public synchronized Optional<Template> find(TenantId tenantId, TemplateId id) {
        return Optional.ofNullable(of(tenantId).get(id.value()));
    }

    @Override
    public synchronized List<Template> list(TenantId tenantId) {
        return List.copyOf(of(tenantId).values());
    }

    @Override
    public synchronized boolean delete(TenantId tenantId, TemplateId id) {
        return of(tenantId).remove(id.value()) != null;
    }

    private TreeMap<String, Template> of(TenantId tenantId) {
        return templates.computeIfAbsent(tenantId, id -> new TreeMap<>());
    }
}
