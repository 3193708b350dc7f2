package switchboard.application.contact;

import switchboard.application.shared.NotFoundException;
import switchboard.domain.contact.ContactFields;
import switchboard.domain.tenant.Tenant;
import switchboard.domain.tenant.TenantId;

public interface SetContactFieldsUseCase {

    /**
     * Sets which keys of the tenant's contact data hold email addresses, phone numbers and push tokens.
     *
     * @throws NotFoundException if the tenant does not exist
     */
    Tenant setContactFields(TenantId tenantId, ContactFields fields);
}
