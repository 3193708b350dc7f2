package switchboard.application.service;

import java.util.Objects;

import switchboard.application.port.in.DeleteContactUseCase;
import switchboard.application.port.in.NotFoundException;
import switchboard.application.port.out.ContactDirectory;
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
