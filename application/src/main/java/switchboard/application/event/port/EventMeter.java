package switchboard.application.event.port;

import switchboard.domain.event.EventType;
import switchboard.domain.tenant.TenantId;

/** Counts the posts of events to the tenants' endpoints, for the gateway's metrics. */
public interface EventMeter {

    /** One post of an event, taken by the endpoint (a 2xx) or not. */
    void posted(TenantId tenantId, EventType type, boolean delivered);
}
