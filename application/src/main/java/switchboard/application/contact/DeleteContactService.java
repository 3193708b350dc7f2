package switchboard.application.contact;

import java.util.Objects;

import switchboard.application.contact.port.ContactDirectory;
import switchboard.application.shared.NotFoundException;
import switchboard.domain.contact.ContactId;
import switchboard.domain.tenant.TenantId;

public final class DeleteContactService implements DeleteContactUseCase {

    private final ContactDirectory contacts;

    public DeleteContactService(ContactDirectory contacts) {
        this.contacts = Objects.requireNonNull(contacts, "contacts");
    }

    @Override
    public void delete(TenantId tenantId, ContactId id) {
        if (!contacts.delete(tenantId, id)) {
            throw new NotFoundException("contact", id);
        }
    }
}
