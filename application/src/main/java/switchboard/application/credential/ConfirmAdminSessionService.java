package switchboard.application.credential;

import switchboard.application.credential.port.CredentialStore;
import switchboard.application.shared.TenantStore;
import switchboard.domain.credential.CredentialType;

/**
 * Looks the token's credential and its tenant up on every request: through the stores' lookup
 * caches, so another process's revocation or suspension shows within the cache's time, and this
 * process's at once.
 */
public final class ConfirmAdminSessionService implements ConfirmAdminSessionUseCase {

    private final ActiveCredentials credentials;

    public ConfirmAdminSessionService(CredentialStore credentials, TenantStore tenants) {
        this.credentials = new ActiveCredentials(credentials, tenants);
    }

    @Override
    public boolean isCurrent(AdminSession session) {
        return credentials.find(CredentialType.ADMIN, session.username()).filter(session::isFor).isPresent();
    }
}
