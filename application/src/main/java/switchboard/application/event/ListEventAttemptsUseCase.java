package switchboard.application.event;

import java.util.List;
import java.util.UUID;

import switchboard.application.shared.PageRequest;
import switchboard.domain.tenant.TenantId;

/** The log of an endpoint's posts, newest first. */
public interface ListEventAttemptsUseCase {

    List<EventAttempt> attempts(TenantId tenantId, UUID endpointId, PageRequest page);
}
