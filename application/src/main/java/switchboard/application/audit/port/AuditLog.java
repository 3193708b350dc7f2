package switchboard.application.audit.port;

import java.time.Instant;

import switchboard.application.audit.AuditEntry;
import switchboard.application.audit.AuditFilter;
import switchboard.application.shared.Page;
import switchboard.application.shared.PageRequest;

/** The audit log of admin actions, shared by every gateway process on the database. */
public interface AuditLog {

    void append(AuditEntry entry);

    /** Newest first (by time, then id), with the number of entries the filter matches. */
    Page<AuditEntry> list(AuditFilter filter, PageRequest page);

    /** Deletes the entries from before {@code before}; returns how many. */
    int deleteBefore(Instant before);
}
