package switchboard.application.tenant;

import switchboard.application.shared.NotFoundException;
import switchboard.domain.tenant.Tenant;
import switchboard.domain.tenant.TenantId;

public interface ResumeTenantUseCase {

    /**
     * Ends the tenant's suspension, if it has one: its credentials work again.
     *
     * @throws NotFoundException if the tenant does not exist
     */
    Tenant resume(TenantId tenantId);
}
