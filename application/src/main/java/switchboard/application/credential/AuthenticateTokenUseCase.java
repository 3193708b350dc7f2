package switchboard.application.credential;

import java.util.Optional;

import switchboard.domain.credential.Credential;
import switchboard.domain.credential.CredentialType;

public interface AuthenticateTokenUseCase {

    /**
     * The credential of this type that issued the token (a Fliplet app token, a Dripcel API
     * key), or empty when there is none: unknown, revoked, or of another type.
     */
    Optional<Credential> authenticate(CredentialType type, String token);
}
