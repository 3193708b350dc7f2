package switchboard.application.contact;

import java.util.List;

import switchboard.domain.tenant.TenantId;

public interface ListContactImportsUseCase {

    /** The tenant's latest imports, newest first, with their counts but not their errors. */
    List<ContactImport> latest(TenantId tenantId);
}
