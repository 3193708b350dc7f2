package switchboard.application.contact;

import switchboard.application.shared.NotFoundException;
import switchboard.domain.tenant.TenantId;

public interface DeleteAllContactsUseCase {

    /**
     * @return how many contacts were removed
     * @throws NotFoundException if the tenant does not exist
     */
    long deleteAll(TenantId tenantId);
}
