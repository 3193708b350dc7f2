package switchboard.application.event;

import java.util.UUID;

import switchboard.domain.tenant.TenantId;

/** One of the tenant's event endpoints. */
public interface GetEventEndpointUseCase {

    EventEndpointState get(TenantId tenantId, UUID id);
}
