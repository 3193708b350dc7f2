package switchboard.application.credential;

import java.util.Objects;
import java.util.Optional;

import switchboard.application.credential.port.CredentialStore;
import switchboard.application.credential.port.PasswordHasher;
import switchboard.domain.credential.CredentialType;

public final class AuthenticateAdminService implements AuthenticateAdminUseCase {

    private final PasswordCheck passwords;

    public AuthenticateAdminService(CredentialStore credentials, PasswordHasher passwords) {
        this.passwords = new PasswordCheck(Objects.requireNonNull(credentials, "credentials"),
                Objects.requireNonNull(passwords, "passwords"));
    }

    @Override
    public Optional<AdminPrincipal> authenticate(String username, String password) {
        return passwords.check(CredentialType.ADMIN, username, password)
                .map(credential -> new AdminPrincipal(credential.id(), credential.tenantId(), credential.lookupKey(),
                        credential.platformAdmin()));
    }
}
