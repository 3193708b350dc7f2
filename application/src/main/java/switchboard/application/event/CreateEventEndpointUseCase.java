package switchboard.application.event;

import java.net.URI;
import java.util.Set;

import switchboard.domain.event.EventType;
import switchboard.domain.tenant.TenantId;

/** Registers a tenant's event endpoint; its signing secret is in the answer and never shown again. */
public interface CreateEventEndpointUseCase {

    EventEndpointWithSecret create(TenantId tenantId, URI url, Set<EventType> events, String description, boolean maskRecipients);
}
