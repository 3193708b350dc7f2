package switchboard.application.credential;

import java.util.Optional;

import switchboard.domain.credential.Credential;
import switchboard.domain.credential.CredentialType;

public interface AuthenticatePasswordUseCase {

    /**
     * The credential of this type with this username and password (for a Capillary user, the
     * password is the md5 hex digest Capillary clients send), or empty: an unknown username, a
     * wrong password, a revoked credential and a type without a password all look the same.
     */
    Optional<Credential> authenticate(CredentialType type, String username, String password);
}
