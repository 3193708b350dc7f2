package switchboard.application.contact;

import java.util.UUID;

import switchboard.application.shared.NotFoundException;
import switchboard.domain.tenant.TenantId;

public interface GetContactImportUseCase {

    /** @throws NotFoundException if the tenant has no such import */
    ContactImport get(TenantId tenantId, UUID id);
}
