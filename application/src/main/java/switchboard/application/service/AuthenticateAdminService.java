package switchboard.application.service;

import java.util.Objects;
import java.util.Optional;

import switchboard.application.port.in.AdminPrincipal;
import switchboard.application.port.in.AuthenticateAdminUseCase;
import switchboard.application.port.out.CredentialStore;
import switchboard.application.port.out.PasswordHasher;
import switchboard.domain.credential.Credential;
import switchboard.domain.credential.CredentialType;

public final class AuthenticateAdminService implements AuthenticateAdminUseCase {

    private final CredentialStore credentials;
    private final PasswordHasher passwords;
    /** Checked when the username is unknown, so that an unknown name takes as long as a wrong password. */
    private final String decoyHash;

    public AuthenticateAdminService(CredentialStore credentials, PasswordHasher passwords) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.passwords = Objects.requireNonNull(passwords, "passwords");
        this.decoyHash = passwords.hash(SecretTokens.generate(""));
    }

    @Override
    public Optional<AdminPrincipal> authenticate(String username, String password) {
        if (username == null || password == null || username.isBlank()) {
            return Optional.empty();
        }
        Optional<Credential> admin = credentials.findByLookupKey(CredentialType.ADMIN, username);
        boolean matches = passwords.matches(password, admin.map(Credential::secretHash).orElse(decoyHash));
        return admin.filter(credential -> matches)
                .map(credential -> new AdminPrincipal(credential.id(), credential.tenantId(), credential.lookupKey(),
                        credential.platformAdmin()));
    }
}
