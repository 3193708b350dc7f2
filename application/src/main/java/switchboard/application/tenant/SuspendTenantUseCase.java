package switchboard.application.tenant;

import switchboard.application.shared.ConflictException;
import switchboard.application.shared.NotFoundException;
import switchboard.domain.tenant.Tenant;
import switchboard.domain.tenant.TenantId;

/**
 * Suspends a tenant (every credential of it refused, its sends too; what it sent before goes out)
 * and resumes it. Both are idempotent.
 */
public interface SuspendTenantUseCase {

    /**
     * @throws NotFoundException if the tenant does not exist
     * @throws ConflictException if it holds a platform admin, who would lock the gateway out
     */
    Tenant suspend(TenantId tenantId);

    /** @throws NotFoundException if the tenant does not exist */
    Tenant resume(TenantId tenantId);
}
