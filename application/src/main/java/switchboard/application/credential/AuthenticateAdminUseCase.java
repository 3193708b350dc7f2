package switchboard.application.credential;

/** {@code POST /login}: checks an admin's username and password, unless the username or address is locked. */
public interface AuthenticateAdminUseCase {

    LoginOutcome authenticate(LoginAttempt attempt);
}
