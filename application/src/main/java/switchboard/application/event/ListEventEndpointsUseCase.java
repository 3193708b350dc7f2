package switchboard.application.event;

import java.util.List;

import switchboard.domain.tenant.TenantId;

/** The tenant's event endpoints, oldest first. */
public interface ListEventEndpointsUseCase {

    List<EventEndpointState> list(TenantId tenantId);
}
