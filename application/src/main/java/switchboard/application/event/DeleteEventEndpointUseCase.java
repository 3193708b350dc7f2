package switchboard.application.event;

import java.util.UUID;

import switchboard.domain.tenant.TenantId;

/** Deletes the endpoint with the events still waiting for it. */
public interface DeleteEventEndpointUseCase {

    void delete(TenantId tenantId, UUID id);
}
