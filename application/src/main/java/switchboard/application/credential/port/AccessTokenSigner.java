package switchboard.application.credential.port;

import java.util.Optional;

/** Signs access tokens the gateway issues, and tells a token it signed from any other string. */
public interface AccessTokenSigner {

    String sign(AccessTokenClaims claims);

    /** The claims of a token this signer signed, or empty for anything else; expiry is not checked here. */
    Optional<AccessTokenClaims> verify(String token);
}
