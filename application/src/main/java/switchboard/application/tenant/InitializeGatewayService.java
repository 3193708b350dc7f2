package switchboard.application.tenant;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import switchboard.application.credential.port.CredentialStore;
import switchboard.application.credential.port.PasswordHasher;
import switchboard.application.shared.TenantStore;
import switchboard.domain.contact.ContactFields;
import switchboard.domain.credential.Credential;
import switchboard.domain.credential.CredentialId;
import switchboard.domain.credential.CredentialType;
import switchboard.domain.credential.SecretTokens;
import switchboard.domain.tenant.Tenant;
import switchboard.domain.tenant.TenantId;

public final class InitializeGatewayService implements InitializeGatewayUseCase {

    private final TenantStore tenants;
    private final CredentialStore credentials;
    private final PasswordHasher passwords;
    private final Clock clock;

    public InitializeGatewayService(TenantStore tenants, CredentialStore credentials, PasswordHasher passwords, Clock clock) {
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.passwords = Objects.requireNonNull(passwords, "passwords");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Optional<String> initialize(String username, Optional<String> password) {
        tenants.add(new Tenant(TenantId.DEFAULT, "Default", ContactFields.DEFAULT, clock.instant()));
        if (credentials.findByLookupKey(CredentialType.ADMIN, username).isPresent()) {
            return Optional.empty();
        }
        String chosen = password.orElseGet(() -> SecretTokens.generate(""));
        boolean created = credentials.add(new Credential(CredentialId.random(), TenantId.DEFAULT, CredentialType.ADMIN,
                username, passwords.hash(chosen), Set.of(), Map.of(), true, clock.instant()));
        // Of several processes starting at once, only the one that added the admin shows a generated password.
        return created && password.isEmpty() ? Optional.of(chosen) : Optional.empty();
    }
}
