package switchboard.application.event;

import java.util.UUID;

import switchboard.domain.tenant.TenantId;

/** Queues the selected stored events to be posted to the endpoint again, after those waiting; how many were queued. */
public interface ReplayEventsUseCase {

    int replay(TenantId tenantId, UUID endpointId, EventSelection selection);
}
