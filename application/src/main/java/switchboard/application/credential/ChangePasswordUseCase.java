package switchboard.application.credential;

/** Replaces a credential's password: every admin token issued with the old one ends (see {@link AdminSession}). */
public interface ChangePasswordUseCase {

    void change(ChangePasswordCommand command);
}
