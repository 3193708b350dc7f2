package switchboard.application.credential.port;

import java.time.Instant;
import java.util.Objects;

import switchboard.domain.credential.CredentialId;

/**
 * What an access token says.
 *
 * @param credentialId the credential it was issued to
 * @param subject      that credential's lookup key (a Capillary OAuth client's key)
 */
public record AccessTokenClaims(CredentialId credentialId, String subject, Instant issuedAt, Instant expiresAt) {

    public AccessTokenClaims {
        Objects.requireNonNull(credentialId, "credentialId");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
