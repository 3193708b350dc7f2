package switchboard.application.credential;

import java.util.Optional;

import switchboard.domain.credential.Credential;

public interface AuthenticateAccessTokenUseCase {

    /**
     * The credential an access token was issued to, or empty when the token is forged, expired,
     * or its credential has been revoked since.
     */
    Optional<Credential> authenticate(String token);
}
