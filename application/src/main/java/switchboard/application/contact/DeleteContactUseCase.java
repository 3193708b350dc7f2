package switchboard.application.contact;

import switchboard.application.shared.NotFoundException;
import switchboard.domain.contact.ContactId;
import switchboard.domain.tenant.TenantId;

public interface DeleteContactUseCase {

    /** @throws NotFoundException if the tenant or the contact does not exist */
    void delete(TenantId tenantId, ContactId id);
}
