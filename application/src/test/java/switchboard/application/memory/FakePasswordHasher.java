package switchboard.application.memory;

import switchboard.application.credential.port.PasswordHasher;
import switchboard.domain.credential.SecretTokens;

/** A fast stand-in for bcrypt: a salted digest is not needed to test the services' logic. */
public final class FakePasswordHasher implements PasswordHasher {

    @Override
    public String hash(String password) {
        return "fake:" + SecretTokens.digest(password);
    }

    @Override
    public boolean matches(String password, String hash) {
        return hash.equals(hash(password));
    }
}
