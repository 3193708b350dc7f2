package switchboard.application.contact;

import java.util.Objects;

import switchboard.application.contact.port.ContactDirectory;
import switchboard.application.shared.KnownTenants;
import switchboard.application.shared.NotFoundException;
import switchboard.application.shared.TenantStore;
import switchboard.domain.contact.Contact;
import switchboard.domain.contact.ContactId;
import switchboard.domain.tenant.TenantId;

public final class GetContactService implements GetContactUseCase {

    private final TenantStore tenants;
    private final ContactDirectory contacts;

    public GetContactService(TenantStore tenants, ContactDirectory contacts) {
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.contacts = Objects.requireNonNull(contacts, "contacts");
    }

    @Override
    public Contact get(TenantId tenantId, ContactId id) {
        KnownTenants.require(tenants, tenantId);
        return contacts.find(tenantId, id).orElseThrow(() -> new NotFoundException("contact", id));
    }
}
