package switchboard.application.contact;

import java.util.List;

import switchboard.application.shared.NotFoundException;
import switchboard.domain.contact.Contact;
import switchboard.domain.tenant.TenantId;

public interface UpsertContactsUseCase {

    int MAX_CONTACTS_PER_CALL = 10_000;

    /**
     * Creates or replaces the contacts, all or none.
     *
     * @throws NotFoundException if the tenant does not exist
     */
    void upsert(TenantId tenantId, List<Contact> contacts);
}
