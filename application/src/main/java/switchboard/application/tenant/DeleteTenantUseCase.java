package switchboard.application.tenant;

import switchboard.application.shared.ConflictException;
import switchboard.application.shared.NotFoundException;
import switchboard.domain.tenant.TenantId;

public interface DeleteTenantUseCase {

    /**
     * Deletes the tenant with everything it owns: its credentials are refused at once, and its
     * contacts, templates, provider accounts, suppressions, messages and deliveries are gone.
     *
     * @throws NotFoundException if the tenant does not exist
     * @throws ConflictException while deliveries of it are queued or being sent (suspend it, and
     *                           cancel them or let them go out, first), or if it holds a platform admin
     */
    void delete(TenantId tenantId);
}
