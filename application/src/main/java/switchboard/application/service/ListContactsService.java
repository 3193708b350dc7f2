package switchboard.application.service;

import java.util.Objects;

import switchboard.application.port.Page;
import switchboard.application.port.PageRequest;
import switchboard.application.port.in.ListContactsUseCase;
import switchboard.application.port.out.ContactDirectory;
import switchboard.application.port.out.TenantStore;
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
