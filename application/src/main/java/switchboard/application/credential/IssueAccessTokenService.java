package switchboard.application.credential;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import switchboard.application.credential.port.AccessTokenClaims;
import switchboard.application.credential.port.AccessTokenSigner;
import switchboard.application.credential.port.CredentialStore;
import switchboard.application.shared.TenantStore;
import switchboard.domain.credential.Credential;
import switchboard.domain.credential.CredentialType;
import switchboard.domain.credential.SecretTokens;

import static switchboard.domain.Invariants.require;

/** Exchanges a Capillary OAuth client's key and secret for a signed access token that expires after {@code ttl}. */
public final class IssueAccessTokenService implements IssueAccessTokenUseCase {

    private final ActiveCredentials credentials;
    private final AccessTokenSigner signer;
    private final Duration ttl;
    private final Clock clock;

    public IssueAccessTokenService(CredentialStore credentials, TenantStore tenants, AccessTokenSigner signer, Duration ttl,
                                   Clock clock) {
        this.credentials = new ActiveCredentials(credentials, tenants);
        this.signer = Objects.requireNonNull(signer, "signer");
        require(ttl != null && !ttl.isNegative() && !ttl.isZero(), "an access token's lifetime must be positive");
        this.ttl = ttl;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Optional<IssuedAccessToken> issue(String key, String secret) {
        if (key == null || secret == null || key.isBlank()) {
            return Optional.empty();
        }
        return credentials.find(CredentialType.CAPILLARY_OAUTH, key.strip())
                .filter(client -> SecretTokens.matchesDigest(secret.strip(), client.secretHash()))
                .map(this::tokenFor);
    }

    private IssuedAccessToken tokenFor(Credential client) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(ttl);
        return new IssuedAccessToken(signer.sign(new AccessTokenClaims(client.id(), client.lookupKey(), now, expiresAt)),
                expiresAt, ttl);
    }
}
