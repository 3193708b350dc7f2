package switchboard.application.memory;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import switchboard.application.credential.port.AccessTokenClaims;
import switchboard.application.credential.port.AccessTokenSigner;

/** Hands out numbered tokens and knows only those. */
public final class RememberingSigner implements AccessTokenSigner {

    public final Map<String, AccessTokenClaims> signed = new HashMap<>();

    @Override
    public String sign(AccessTokenClaims claims) {
        String token = "token-" + signed.size();
        signed.put(token, claims);
        return token;
    }

    @Override
    public Optional<AccessTokenClaims> verify(String token) {
        return Optional.ofNullable(signed.get(token));
    }
}
