package switchboard.application.credential;

import java.util.Optional;

import switchboard.application.credential.port.CredentialStore;
import switchboard.application.shared.TenantStore;
import switchboard.domain.credential.Credential;
import switchboard.domain.credential.CredentialType;
import switchboard.domain.credential.SecretTokens;

/** Finds a token's credential by the token's digest: the token itself is never stored or compared. */
public final class AuthenticateTokenService implements AuthenticateTokenUseCase {

    private final ActiveCredentials credentials;

    public AuthenticateTokenService(CredentialStore credentials, TenantStore tenants) {
        this.credentials = new ActiveCredentials(credentials, tenants);
    }

    @Override
    public Optional<Credential> authenticate(CredentialType type, String token) {
        if (token == null || token.isBlank() || type.hasPassword()) {
            return Optional.empty();
        }
        return credentials.find(type, SecretTokens.digest(token.strip()));
    }
}
