package switchboard.application.contact;

import java.util.Objects;

import switchboard.application.contact.port.ContactDirectory;
import switchboard.application.shared.KnownTenants;
import switchboard.application.shared.Page;
import switchboard.application.shared.PageRequest;
import switchboard.application.shared.TenantStore;
import switchboard.domain.contact.Contact;
import switchboard.domain.tenant.TenantId;

public final class ListContactsService implements ListContactsUseCase {

    private final TenantStore tenants;
    private final ContactDirectory contacts;

    public ListContactsService(TenantStore tenants, ContactDirectory contacts) {
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.contacts = Objects.requireNonNull(contacts, "contacts");
    }

    @Override
    public Page<Contact> list(TenantId tenantId, PageRequest page) {
        KnownTenants.require(tenants, tenantId);
        return contacts.list(tenantId, page);
    }
}
