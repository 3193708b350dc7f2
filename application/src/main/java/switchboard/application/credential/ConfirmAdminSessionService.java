package switchboard.application.credential;

import java.util.Objects;

import switchboard.application.credential.port.CredentialStore;
import switchboard.domain.credential.CredentialType;

/**
 * Looks the token's credential up on every request: through the store's lookup cache, so another
 * process's revocation shows within the cache's time, and this process's at once.
 */
public final class ConfirmAdminSessionService implements ConfirmAdminSessionUseCase {

    private final CredentialStore credentials;

    public ConfirmAdminSessionService(CredentialStore credentials) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
    }

    @Override
    public boolean isCurrent(AdminSession session) {
        return credentials.findByLookupKey(CredentialType.ADMIN, session.username()).filter(session::isFor).isPresent();
    }
}
