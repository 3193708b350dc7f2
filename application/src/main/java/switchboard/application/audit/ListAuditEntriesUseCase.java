package switchboard.application.audit;

import switchboard.application.shared.Page;
import switchboard.application.shared.PageRequest;

/** The audit log, newest first. */
public interface ListAuditEntriesUseCase {

    Page<AuditEntry> list(AuditFilter filter, PageRequest page);
}
