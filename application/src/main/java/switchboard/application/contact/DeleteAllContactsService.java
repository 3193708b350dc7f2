package switchboard.application.contact;

import java.util.Objects;

import switchboard.application.contact.port.ContactDirectory;
import switchboard.application.shared.KnownTenants;
import switchboard.application.shared.TenantStore;
import switchboard.domain.tenant.TenantId;

public final class DeleteAllContactsService implements DeleteAllContactsUseCase {

    private final TenantStore tenants;
    private final ContactDirectory contacts;

    public DeleteAllContactsService(TenantStore tenants, ContactDirectory contacts) {
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.contacts = Objects.requireNonNull(contacts, "contacts");
    }

    @Override
    public long deleteAll(TenantId tenantId) {
        KnownTenants.require(tenants, tenantId);
        return contacts.deleteAll(tenantId);
    }
}
