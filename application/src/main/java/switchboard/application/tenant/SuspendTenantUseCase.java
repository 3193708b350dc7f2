package switchboard.application.tenant;

import switchboard.application.shared.ConflictException;
import switchboard.application.shared.NotFoundException;
import switchboard.domain.tenant.Tenant;
import switchboard.domain.tenant.TenantId;

public interface SuspendTenantUseCase {

    /**
     * Suspends the tenant: every credential of it is refused, and so are its sends, until it is
     * resumed; what it sent before goes out. A suspended tenant keeps its first suspension time.
     *
     * @throws NotFoundException if the tenant does not exist
     * @throws ConflictException if it holds a platform admin, who would lock the gateway out
     */
    Tenant suspend(TenantId tenantId);
}
