package switchboard.application.event;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import switchboard.application.event.port.EventEndpointStore;
import switchboard.application.event.port.EventOutbox;
import switchboard.application.shared.KnownTenants;
import switchboard.application.shared.NotFoundException;
import switchboard.application.shared.PageRequest;
import switchboard.application.shared.TenantStore;
import switchboard.domain.tenant.TenantId;

/** What was posted to a tenant's endpoints, and posting stored events to them again. */
public final class EventLogService implements ListEventAttemptsUseCase, ReplayEventsUseCase {

    private final TenantStore tenants;
    private final EventEndpointStore endpoints;
    private final EventOutbox outbox;

    public EventLogService(TenantStore tenants, EventEndpointStore endpoints, EventOutbox outbox) {
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
    }

    @Override
    public List<EventAttempt> attempts(TenantId tenantId, UUID endpointId, PageRequest page) {
        requireEndpoint(tenantId, endpointId);
        return outbox.attempts(tenantId, endpointId, page);
    }

    @Override
    public int replay(TenantId tenantId, UUID endpointId, EventSelection selection) {
        requireEndpoint(tenantId, endpointId);
        return outbox.replay(tenantId, endpointId, selection);
    }

    private void requireEndpoint(TenantId tenantId, UUID endpointId) {
        KnownTenants.require(tenants, tenantId);
        if (endpoints.find(tenantId, endpointId).isEmpty()) {
            throw new NotFoundException("event endpoint", endpointId);
        }
    }
}
