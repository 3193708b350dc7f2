package switchboard.application.credential;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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
        switch (command.type()) {
            case ADMIN, CAPILLARY_BASIC:
                return store(command, command.username(), PasswordHashes.of(command.type(), command.password(), passwords),
                        Optional.empty());
            case CAPILLARY_OAUTH: {
                String key = SecretTokens.generate("sbk_");
                String secret = SecretTokens.generate("sbs_");
                return store(command, key, SecretTokens.digest(secret), Optional.of(secret));
            }
            default: {
                String token = SecretTokens.generate(command.type() == CredentialType.FLIPLET_TOKEN ? "sbf_" : "sbd_");
                return store(command, SecretTokens.digest(token), null, Optional.of(token));
            }
        }
    }

    private IssuedCredential store(CreateCredentialCommand command, String lookupKey, String secretHash,
                                   Optional<String> secret) {
        Map<String, AccessLevel> access = command.access();
        if (command.type() == CredentialType.CAPILLARY_BASIC || command.type() == CredentialType.CAPILLARY_OAUTH) {
            access = access.isEmpty() ? Map.of("Communication", AccessLevel.WRITE) : access;
        }
        Set<String> permissions = command.permissions();
        Credential credential = new Credential(CredentialId.random(), command.tenantId(), command.type(), lookupKey,
                secretHash, permissions, access, false, clock.instant());
        if (!credentials.add(credential)) {
            throw new ConflictException("the username '" + lookupKey + "' is taken");
        }
        return new IssuedCredential(credential, secret);
    }
}
