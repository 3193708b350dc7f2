package switchboard.application.credential;

import java.util.Optional;

import switchboard.application.credential.port.PasswordHasher;
import switchboard.domain.credential.Credential;
import switchboard.domain.credential.CredentialType;
import switchboard.domain.credential.SecretTokens;

/**
 * Finds a credential by username and checks its password against its slow hash. An unknown
 * username (or one of a suspended tenant) is checked against a decoy hash, so that it takes as
 * long as a wrong password and the two look the same.
 */
final class PasswordCheck {

    private final ActiveCredentials credentials;
    private final PasswordHasher passwords;
    private final String decoyHash;

    PasswordCheck(ActiveCredentials credentials, PasswordHasher passwords) {
        this.credentials = credentials;
        this.passwords = passwords;
        this.decoyHash = passwords.hash(SecretTokens.generate(""));
    }

    Optional<Credential> check(CredentialType type, String username, String password) {
        if (username == null || password == null || username.isBlank()) {
            return Optional.empty();
        }
        Optional<Credential> found = credentials.find(type, username);
        boolean matches = passwords.matches(password, found.map(Credential::secretHash).orElse(decoyHash));
        return found.filter(credential -> matches);
    }
}
