package switchboard.application.event;

import java.util.UUID;

import switchboard.domain.tenant.TenantId;

/** A new signing secret for the endpoint, shown this once; the previous one also signs during the overlap. */
public interface RotateEventSecretUseCase {

    EventEndpointWithSecret rotateSecret(TenantId tenantId, UUID id);
}
