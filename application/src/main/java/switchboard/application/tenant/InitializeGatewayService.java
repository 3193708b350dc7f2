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
    public Initialized initialize(String username, Optional<String> password, boolean resetPassword) {
        if (resetPassword && password.isEmpty()) {
            throw new IllegalArgumentException("resetting the platform admin's password needs the password to set");
        }
        tenants.add(new Tenant(TenantId.DEFAULT, "Default", ContactFields.DEFAULT, clock.instant()));
        Optional<Credential> existing = credentials.findByLookupKey(CredentialType.ADMIN, username);
        if (existing.isPresent()) {
            return kept(existing.get(), password, resetPassword);
        }
        String chosen = password.orElseGet(() -> SecretTokens.generate(""));
        boolean created = credentials.add(new Credential(CredentialId.random(), TenantId.DEFAULT, CredentialType.ADMIN,
                username, passwords.hash(chosen), Set.of(), Map.of(), true, clock.instant()));
        if (!created) {
            // Another process starting at the same time added it first: its password stands.
            return kept(credentials.findByLookupKey(CredentialType.ADMIN, username).orElseThrow(), password, false);
        }
        return password.isPresent() ? new Initialized(Admin.CREATED, Optional.empty())
                : new Initialized(Admin.CREATED_WITH_GENERATED_PASSWORD, Optional.of(chosen));
    }

    private Initialized kept(Credential admin, Optional<String> password, boolean resetPassword) {
        if (password.isEmpty() || passwords.matches(password.get(), admin.secretHash())) {
            return new Initialized(Admin.EXISTED, Optional.empty());
        }
        return resetPassword ? reset(admin, password.get()) : new Initialized(Admin.PASSWORD_NOT_APPLIED, Optional.empty());
    }

    /** The same credential (id, tenant, rights) with the new password's hash: removed and added again. */
    private Initialized reset(Credential admin, String password) {
        credentials.remove(admin.tenantId(), admin.id());
        credentials.add(new Credential(admin.id(), admin.tenantId(), admin.type(), admin.lookupKey(), passwords.hash(password),
                admin.permissions(), admin.access(), admin.platformAdmin(), admin.createdAt()));
        return new Initialized(Admin.PASSWORD_RESET, Optional.empty());
    }
}
