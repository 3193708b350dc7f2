package switchboard.application.credential;

import java.util.Optional;

public interface AuthenticateAdminUseCase {

    /** The admin with this username and password, or empty: a wrong name and a wrong password look the same. */
    Optional<AdminPrincipal> authenticate(String username, String password);
}
