package switchboard.application.event;

import java.util.UUID;

import switchboard.domain.tenant.TenantId;

/** Stops posting to the endpoint; its events are kept and posted once it is resumed. */
public interface PauseEventEndpointUseCase {

    EventEndpointState pause(TenantId tenantId, UUID id);
}
