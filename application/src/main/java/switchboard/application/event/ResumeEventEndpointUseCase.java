package switchboard.application.event;

import java.util.UUID;

import switchboard.domain.tenant.TenantId;

/** Posts to the endpoint again, at once, whoever paused it: the failures before count no more. */
public interface ResumeEventEndpointUseCase {

    EventEndpointState resume(TenantId tenantId, UUID id);
}
