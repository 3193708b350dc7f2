package switchboard.application.credential;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import switchboard.application.credential.port.CredentialStore;
import switchboard.application.credential.port.PasswordHasher;
import switchboard.application.shared.ConflictException;
import switchboard.application.shared.KnownTenants;
import switchboard.application.shared.TenantStore;
import switchboard.domain.credential.Credential;
import switchboard.domain.credential.Credential.AccessLevel;
import switchboard.domain.credential.CredentialId;
import switchboard.domain.credential.CredentialType;
import switchboard.domain.credential.SecretTokens;

/**
 * Creates credentials. A secret the gateway generates is in the answer, once; an existing one
 * the caller brings is not repeated back. Either way only its hash or digest is kept.
 */
public final class CreateCredentialService implements CreateCredentialUseCase {

    private final TenantStore tenants;
    private final CredentialStore credentials;
    private final PasswordHasher passwords;
    private final Clock clock;

    public CreateCredentialService(TenantStore tenants, CredentialStore credentials, PasswordHasher passwords, Clock clock) {
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.passwords = Objects.requireNonNull(passwords, "passwords");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public IssuedCredential create(CreateCredentialCommand command) {
        KnownTenants.require(tenants, command.tenantId());
        IssuedCredential issued = prepare(command);
        if (!credentials.add(issued.credential())) {
            throw new ConflictException(taken(command));
        }
        return issued;
    }

    /** The credential to store and the secret to show, checking nothing against the stores. */
    IssuedCredential prepare(CreateCredentialCommand command) {
        Optional<String> generated = command.type() == CredentialType.ADMIN || command.type() == CredentialType.CAPILLARY_BASIC
                || command.secret() != null ? Optional.empty() : Optional.of(SecretTokens.generate(secretPrefix(command.type())));
        String secret = generated.orElse(command.secret());
        return switch (command.type()) {
            case ADMIN -> new IssuedCredential(credential(command, command.username(),
                    PasswordHashes.of(command.type(), command.password(), passwords)), generated);
            case CAPILLARY_BASIC -> new IssuedCredential(credential(command, command.username(), command.passwordMd5() == null
                    ? PasswordHashes.of(command.type(), command.password(), passwords)
                    : passwords.hash(command.passwordMd5().toLowerCase(Locale.ROOT))), generated);
            case CAPILLARY_OAUTH -> new IssuedCredential(credential(command,
                    command.username() == null ? SecretTokens.generate("sbk_") : command.username(),
                    SecretTokens.digest(secret)), generated);
            case FLIPLET_TOKEN, DRIPCEL_API_KEY -> new IssuedCredential(credential(command, SecretTokens.digest(secret), null),
                    generated);
        };
    }

    /** Why a credential cannot be added when its lookup key is taken, never naming a secret. */
    static String taken(CreateCredentialCommand command) {
        return switch (command.type()) {
            case ADMIN, CAPILLARY_BASIC -> "the username '" + command.username() + "' is taken";
            case CAPILLARY_OAUTH -> "the key '" + command.username() + "' is taken";
            case FLIPLET_TOKEN -> "this Fliplet token belongs to another credential already";
            case DRIPCEL_API_KEY -> "this Dripcel API key belongs to another credential already";
        };
    }

    private static String secretPrefix(CredentialType type) {
        return switch (type) {
            case FLIPLET_TOKEN -> "sbf_";
            case DRIPCEL_API_KEY -> "sbd_";
            default -> "sbs_";
        };
    }

    private Credential credential(CreateCredentialCommand command, String lookupKey, String secretHash) {
        Map<String, AccessLevel> access = command.access();
        if (command.type() == CredentialType.CAPILLARY_BASIC || command.type() == CredentialType.CAPILLARY_OAUTH) {
            access = access.isEmpty() ? Map.of("Communication", AccessLevel.WRITE) : access;
        }
        return new Credential(CredentialId.random(), command.tenantId(), command.type(), lookupKey, secretHash,
                command.permissions(), access, false, clock.instant());
    }
}
