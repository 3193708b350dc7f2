package switchboard.application.tenant;

import switchboard.application.shared.NotFoundException;
import switchboard.domain.tenant.Tenant;
import switchboard.domain.tenant.TenantId;

public interface GetTenantUseCase {

    /** @throws NotFoundException if the tenant does not exist */
    Tenant get(TenantId id);
}
