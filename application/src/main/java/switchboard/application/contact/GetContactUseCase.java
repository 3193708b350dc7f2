package switchboard.application.contact;

import switchboard.application.shared.NotFoundException;
import switchboard.domain.contact.Contact;
import switchboard.domain.contact.ContactId;
import switchboard.domain.tenant.TenantId;

public interface GetContactUseCase {

    /** @throws NotFoundException if the tenant or the contact does not exist */
    Contact get(TenantId tenantId, ContactId id);
}
