package switchboard.application.audit;

import java.util.Objects;

import switchboard.application.audit.port.AuditLog;
import switchboard.application.shared.Page;
import switchboard.application.shared.PageRequest;

public final class ListAuditEntriesService implements ListAuditEntriesUseCase {

    private final AuditLog log;

    public ListAuditEntriesService(AuditLog log) {
        this.log = Objects.requireNonNull(log, "log");
    }

    @Override
    public Page<AuditEntry> list(AuditFilter filter, PageRequest page) {
        return log.list(filter, page);
    }
}
