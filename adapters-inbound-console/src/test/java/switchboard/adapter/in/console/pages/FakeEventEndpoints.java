package switchboard.adapter.in.console.pages;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import switchboard.application.event.CreateEventEndpointUseCase;
import switchboard.application.event.DeleteEventEndpointUseCase;
import switchboard.application.event.EventAttempt;
import switchboard.application.event.EventEndpointState;
import switchboard.application.event.EventEndpointWithSecret;
import switchboard.application.event.EventSelection;
import switchboard.application.event.GetEventEndpointUseCase;
import switchboard.application.event.ListEventAttemptsUseCase;
import switchboard.application.event.ListEventEndpointsUseCase;
import switchboard.application.event.PauseEventEndpointUseCase;
import switchboard.application.event.ReplayEventsUseCase;
import switchboard.application.event.ResumeEventEndpointUseCase;
import switchboard.application.event.RotateEventSecretUseCase;
import switchboard.application.shared.NotFoundException;
import switchboard.application.shared.PageRequest;
import switchboard.domain.event.EventEndpoint;
import switchboard.domain.event.EventType;
import switchboard.domain.tenant.TenantId;

/** The event use cases over a map: endpoints of known tenants, secrets numbered as drawn, a log set by the test. */
final class FakeEventEndpoints implements CreateEventEndpointUseCase, ListEventEndpointsUseCase, GetEventEndpointUseCase,
        PauseEventEndpointUseCase, ResumeEventEndpointUseCase, DeleteEventEndpointUseCase, RotateEventSecretUseCase,
        ListEventAttemptsUseCase, ReplayEventsUseCase {

    static final Instant NOW = Instant.parse("2026-12-07T10:15:30Z");

    final Map<UUID, EventEndpoint> endpoints = new LinkedHashMap<>();
    final List<EventAttempt> log = new ArrayList<>();
    final List<EventSelection> replays = new ArrayList<>();
    private final Set<TenantId> tenants;
    private int secrets;

    FakeEventEndpoints(TenantId... tenants) {
        this.tenants = Set.of(tenants);
    }

    @Override
    public EventEndpointWithSecret create(TenantId tenantId, URI url, Set<EventType> events, String description,
                                          boolean maskRecipients) {
        known(tenantId);
        EventEndpoint endpoint = new EventEndpoint(UUID.randomUUID(), tenantId, url, events, description, maskRecipients,
                Optional.empty(), Optional.empty(), NOW);
        endpoints.put(endpoint.id(), endpoint);
        return new EventEndpointWithSecret(state(endpoint), secret());
    }

    @Override
    public List<EventEndpointState> list(TenantId tenantId) {
        known(tenantId);
        return endpoints.values().stream().filter(endpoint -> endpoint.tenantId().equals(tenantId)).map(this::state).toList();
    }

    @Override
    public EventEndpointState get(TenantId tenantId, UUID id) {
        return state(find(tenantId, id));
    }

    @Override
    public EventEndpointState pause(TenantId tenantId, UUID id) {
        return state(save(find(tenantId, id).paused("paused by the tenant")));
    }

    @Override
    public EventEndpointState resume(TenantId tenantId, UUID id) {
        return state(save(find(tenantId, id).resumed()));
    }

    @Override
    public void delete(TenantId tenantId, UUID id) {
        endpoints.remove(find(tenantId, id).id());
    }

    @Override
    public EventEndpointWithSecret rotateSecret(TenantId tenantId, UUID id) {
        return new EventEndpointWithSecret(state(find(tenantId, id)), secret());
    }

    @Override
    public List<EventAttempt> attempts(TenantId tenantId, UUID endpointId, PageRequest page) {
        find(tenantId, endpointId);
        return log.subList(Math.min(page.offset(), log.size()), Math.min(page.offset() + page.limit(), log.size()));
    }

    @Override
    public int replay(TenantId tenantId, UUID endpointId, EventSelection selection) {
        find(tenantId, endpointId);
        replays.add(selection);
        return 2;
    }

    EventEndpoint save(EventEndpoint endpoint) {
        endpoints.put(endpoint.id(), endpoint);
        return endpoint;
    }

    /** The secret the next registration or rotation draws: numbered, so a test can tell them apart. */
    static String secretNumber(int number) {
        return "whsec_test-secret-" + number;
    }

    private String secret() {
        return secretNumber(++secrets);
    }

    private EventEndpointState state(EventEndpoint endpoint) {
        return new EventEndpointState(endpoint, 3);
    }

    private EventEndpoint find(TenantId tenantId, UUID id) {
        known(tenantId);
        EventEndpoint endpoint = endpoints.get(id);
        if (endpoint == null || !endpoint.tenantId().equals(tenantId)) {
            throw new NotFoundException("event endpoint", id);
        }
        return endpoint;
    }

    private void known(TenantId tenantId) {
        if (!tenants.contains(tenantId)) {
            throw new NotFoundException("tenant", tenantId);
        }
    }
}
