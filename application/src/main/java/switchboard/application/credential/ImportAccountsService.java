package switchboard.application.credential;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import switchboard.application.credential.port.CredentialStore;
import switchboard.application.credential.port.PasswordHasher;
import switchboard.application.shared.ConflictException;
import switchboard.application.shared.TenantStore;
import switchboard.application.shared.Transactions;
import switchboard.domain.contact.ContactFields;
import switchboard.domain.credential.Credential;
import switchboard.domain.credential.CredentialType;
import switchboard.domain.tenant.Tenant;
import switchboard.domain.tenant.TenantId;

/**
 * Checks every line of an accounts import before writing any, then writes them all in one
 * transaction. Existing secrets are hashed as {@link CreateCredentialService} hashes them.
 */
public final class ImportAccountsService implements ImportAccountsUseCase {

    private final TenantStore tenants;
    private final CredentialStore credentials;
    private final CreateCredentialService create;
    private final Transactions transactions;
    private final Clock clock;

    public ImportAccountsService(TenantStore tenants, CredentialStore credentials, PasswordHasher passwords,
                                 Transactions transactions, Clock clock) {
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.create = new CreateCredentialService(tenants, credentials, passwords, clock);
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public AccountImport importAccounts(List<AccountLine> lines) {
        Checked checked = check(lines);
        if (!checked.refused.isEmpty()) {
            return new AccountImport(0, 0, checked.refused);
        }
        transactions.inOne(() -> {
            checked.tenants.forEach(tenant -> {
                if (!tenants.add(tenant)) {
                    throw new ConflictException("tenant '" + tenant.id() + "' was created while the file was imported");
                }
            });
            checked.credentials.forEach(credential -> {
                if (!credentials.add(credential)) {
                    throw new ConflictException("a credential of the file was taken while the file was imported; nothing was imported");
                }
            });
            return null;
        });
        return new AccountImport(checked.tenants.size(), checked.credentials.size(), List.of());
    }

    private Checked check(List<AccountLine> lines) {
        Checked checked = new Checked();
        Set<TenantId> newTenants = new HashSet<>();
        Set<LookupKey> newKeys = new HashSet<>();
        for (AccountLine line : lines) {
            if (line instanceof AccountLine.Unreadable unreadable) {
                checked.refuse(line, unreadable.reason());
            } else if (line instanceof AccountLine.NewTenant tenant) {
                if (!newTenants.add(tenant.id()) || tenants.find(tenant.id()).isPresent()) {
                    checked.refuse(line, "tenant '" + tenant.id() + "' exists already");
                } else {
                    checked.tenants.add(new Tenant(tenant.id(), tenant.name(), ContactFields.DEFAULT, clock.instant()));
                }
            } else if (line instanceof AccountLine.NewCredential credential) {
                CreateCredentialCommand command = credential.command();
                if (!newTenants.contains(command.tenantId()) && tenants.find(command.tenantId()).isEmpty()) {
                    checked.refuse(line, "tenant '" + command.tenantId() + "' does not exist");
                    continue;
                }
                Credential prepared = create.prepare(command).credential();
                LookupKey key = new LookupKey(prepared.type(), prepared.lookupKey());
                if (!newKeys.add(key) || credentials.findByLookupKey(key.type(), key.lookupKey()).isPresent()) {
                    checked.refuse(line, CreateCredentialService.taken(command));
                } else {
                    checked.credentials.add(prepared);
                }
            }
        }
        return checked;
    }

    private record LookupKey(CredentialType type, String lookupKey) {
    }

    private static final class Checked {
        private final List<Tenant> tenants = new ArrayList<>();
        private final List<Credential> credentials = new ArrayList<>();
        private final List<AccountImport.Refusal> refused = new ArrayList<>();

        void refuse(AccountLine line, String reason) {
            refused.add(new AccountImport.Refusal(line.number(), reason));
        }
    }
}
