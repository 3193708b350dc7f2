package switchboard.application.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import switchboard.application.contact.ContactImport;
import switchboard.application.contact.ContactImport.LineError;
import switchboard.application.contact.port.ContactImports;
import switchboard.domain.tenant.TenantId;

public final class InMemoryContactImports implements ContactImports {

    private final Map<UUID, ContactImport> imports = new ConcurrentHashMap<>();

    @Override
    public void start(ContactImport started) {
        imports.put(started.id(), started);
    }

    @Override
    public synchronized void update(ContactImport progress, List<LineError> newErrors) {
        List<LineError> errors = new ArrayList<>(imports.get(progress.id()).errors());
        errors.addAll(newErrors);
        errors.sort(Comparator.comparingLong(LineError::line));
        imports.put(progress.id(), withErrors(progress, errors));
    }

    @Override
    public Optional<ContactImport> find(TenantId tenantId, UUID id) {
        return Optional.ofNullable(imports.get(id)).filter(found -> found.tenantId().equals(tenantId));
    }

    @Override
    public List<ContactImport> latest(TenantId tenantId, int limit) {
        return imports.values().stream().filter(found -> found.tenantId().equals(tenantId))
                .sorted(Comparator.comparing(ContactImport::startedAt).reversed().thenComparing(ContactImport::id))
                .limit(limit).map(found -> withErrors(found, List.of())).toList();
    }

    private static ContactImport withErrors(ContactImport found, List<LineError> errors) {
        return new ContactImport(found.id(), found.tenantId(), found.format(), found.state(), found.linesRead(),
                found.imported(), found.refused(), errors, found.startedAt(), found.updatedAt(), found.failure());
    }
}
