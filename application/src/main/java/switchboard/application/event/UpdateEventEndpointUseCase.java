package switchboard.application.event;

import java.net.URI;
import java.util.Set;
import java.util.UUID;

import switchboard.domain.event.EventType;
import switchboard.domain.tenant.TenantId;

/** Replaces an endpoint's URL, events and description; its pause and secrets stay as they are. */
public interface UpdateEventEndpointUseCase {

    EventEndpointState update(TenantId tenantId, UUID id, URI url, Set<EventType> events, String description, boolean maskRecipients);
}
