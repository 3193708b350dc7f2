package switchboard.application.credential;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import switchboard.domain.credential.Credential;
import switchboard.domain.credential.CredentialId;
import switchboard.domain.credential.SecretTokens;

/**
 * What an admin's token says of the credential it was issued to: the username, the credential's
 * id, and a stamp of its password hash. The token is good while a credential of that username and
 * id exists with the same password: revoking the credential, changing its password or deleting
 * its tenant ends every token issued before.
 */
public record AdminSession(String username, CredentialId credentialId, String stamp) {

    /** Hex digits of the stamp: enough to tell password hashes apart, too few to stand for one. */
    private static final int STAMP_LENGTH = 16;

    public AdminSession {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(credentialId, "credentialId");
        Objects.requireNonNull(stamp, "stamp");
    }

    /**
     * The session a token's claims stand for: none when a claim is missing (as in tokens issued
     * before them) or the credential claim is not an id.
     */
    public static Optional<AdminSession> fromClaims(String username, Object credentialClaim, Object stampClaim) {
        if (credentialClaim == null || stampClaim == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new AdminSession(username, new CredentialId(UUID.fromString(credentialClaim.toString())),
                    stampClaim.toString()));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    /** The stamp of the credential's current password: a digest of its slow hash, never of the password. */
    public static String stampOf(Credential credential) {
        return SecretTokens.digest(credential.secretHash()).substring(0, STAMP_LENGTH);
    }

    boolean isFor(Credential credential) {
        return credential.id().equals(credentialId) && stampOf(credential).equals(stamp);
    }
}
