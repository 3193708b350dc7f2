package switchboard.application.audit;

/** Keeps an admin action in the audit log, stamped with the time. */
public interface RecordAdminActionUseCase {

    void record(AdminAction action);
}
