package switchboard.application.tenant;

import switchboard.domain.tenant.Tenant;

public interface CreateTenantUseCase {

    /** Creates a tenant with the given name and a new id derived from it. */
    Tenant create(CreateTenantCommand command);
}
