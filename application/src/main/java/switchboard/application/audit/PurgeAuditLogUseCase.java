package switchboard.application.audit;

/** Deletes the audit entries older than the audit log's retention; returns how many. */
public interface PurgeAuditLogUseCase {

    int purge();
}
