package switchboard.application.credential;

import java.util.Objects;

import switchboard.application.credential.port.CredentialStore;
import switchboard.application.credential.port.PasswordHasher;
import switchboard.application.shared.NotFoundException;
import switchboard.domain.InvalidValueException;
import switchboard.domain.credential.Credential;
import switchboard.domain.credential.CredentialType;

public final class ChangePasswordService implements ChangePasswordUseCase {

    private final CredentialStore credentials;
    private final PasswordHasher passwords;

    public ChangePasswordService(CredentialStore credentials, PasswordHasher passwords) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.passwords = Objects.requireNonNull(passwords, "passwords");
    }

    @Override
    public void change(ChangePasswordCommand command) {
        Credential credential = credentials.list(command.tenantId()).stream()
                .filter(candidate -> candidate.id().equals(command.credentialId())).findFirst()
                .orElseThrow(() -> new NotFoundException("credential", command.credentialId()));
        if (credential.type() != CredentialType.ADMIN && credential.type() != CredentialType.CAPILLARY_BASIC) {
            throw new InvalidValueException("a " + credential.type() + " credential has no password to change; "
                    + "revoke it and create another");
        }
        if (credential.type() == CredentialType.ADMIN) {
            CreateCredentialCommand.requirePassword(command.password(), CreateCredentialCommand.MIN_PASSWORD_LENGTH);
        }
        if (!credentials.replaceSecretHash(command.tenantId(), command.credentialId(),
                PasswordHashes.of(credential.type(), command.password(), passwords))) {
            throw new NotFoundException("credential", command.credentialId());
        }
    }
}
