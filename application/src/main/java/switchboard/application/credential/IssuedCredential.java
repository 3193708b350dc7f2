package switchboard.application.credential;

import java.util.Objects;
import java.util.Optional;

import switchboard.domain.credential.Credential;

/**
 * A credential just created. The secret (token, API key or OAuth secret) is shown this once:
 * only its hash is kept.
 */
public record IssuedCredential(Credential credential, Optional<String> secret) {

    public IssuedCredential {
        Objects.requireNonNull(credential, "credential");
        Objects.requireNonNull(secret, "secret");
    }

    @Override
    public String toString() {
        return "IssuedCredential[" + credential.id() + ", " + credential.type() + "]";
    }
}
