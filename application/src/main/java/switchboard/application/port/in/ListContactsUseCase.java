package switchboard.application.port.in;

import switchboard.application.port.Page;
import switchboard.application.port.PageRequest;
import switchboard.domain.contact.Contact;
import switchboard.domain.tenant.TenantId;

public interface ListContactsUseCase {

    /** @throws NotFoundException if the tenant does not exist */
    Page<Contact> list(TenantId tenantId, PageRequest page);
}
