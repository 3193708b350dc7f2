package switchboard.application.contact;

import switchboard.application.shared.NotFoundException;
import switchboard.application.shared.Page;
import switchboard.application.shared.PageRequest;
import switchboard.domain.contact.Contact;
import switchboard.domain.tenant.TenantId;

public interface ListContactsUseCase {

    /** @throws NotFoundException if the tenant does not exist */
    Page<Contact> list(TenantId tenantId, PageRequest page);
}
