package switchboard.application.credential;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

import switchboard.application.credential.port.AccessTokenSigner;
import switchboard.application.credential.port.CredentialStore;
import switchboard.application.shared.TenantStore;
import switchboard.domain.credential.Credential;
import switchboard.domain.credential.CredentialType;

/**
 * Accepts an access token this gateway signed, before it expires, while the credential it was
 * issued to still exists and its tenant is active: a token outlives neither its lifetime nor its credential.
 */
public final class AuthenticateAccessTokenService implements AuthenticateAccessTokenUseCase {

    private final ActiveCredentials credentials;
    private final AccessTokenSigner signer;
    private final Clock clock;

    public AuthenticateAccessTokenService(CredentialStore credentials, TenantStore tenants, AccessTokenSigner signer,
                                          Clock clock) {
        this.credentials = new ActiveCredentials(credentials, tenants);
        this.signer = Objects.requireNonNull(signer, "signer");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Optional<Credential> authenticate(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return signer.verify(token.strip())
                .filter(claims -> clock.instant().isBefore(claims.expiresAt()))
                .flatMap(claims -> credentials.find(CredentialType.CAPILLARY_OAUTH, claims.subject())
                        .filter(client -> client.id().equals(claims.credentialId())));
    }
}
