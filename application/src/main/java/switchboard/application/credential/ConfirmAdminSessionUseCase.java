package switchboard.application.credential;

/** Whether an admin's token, valid as signed, still stands for a credential that exists with the same password. */
public interface ConfirmAdminSessionUseCase {

    boolean isCurrent(AdminSession session);
}
