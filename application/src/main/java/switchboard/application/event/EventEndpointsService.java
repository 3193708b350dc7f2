package switchboard.application.event;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import switchboard.application.event.port.EventEndpointStore;
import switchboard.application.event.port.EventOutbox;
import switchboard.application.provider.port.SecretSealer;
import switchboard.application.shared.KnownTenants;
import switchboard.application.shared.NotFoundException;
import switchboard.application.shared.TenantStore;
import switchboard.domain.event.EventEndpoint;
import switchboard.domain.event.EventType;
import switchboard.domain.tenant.TenantId;

/** A tenant's event endpoints: registered, changed, paused and resumed, deleted, their secrets rotated. */
public final class EventEndpointsService implements CreateEventEndpointUseCase, ListEventEndpointsUseCase,
        GetEventEndpointUseCase, UpdateEventEndpointUseCase, PauseEventEndpointUseCase, ResumeEventEndpointUseCase,
        DeleteEventEndpointUseCase, RotateEventSecretUseCase {

    static final String PAUSED_BY_TENANT = "paused by the tenant";

    private final TenantStore tenants;
    private final EventEndpointStore store;
    private final EventOutbox outbox;
    private final SecretSealer sealer;
    private final Duration secretOverlap;
    private final Clock clock;

    /** @param secretOverlap how long a rotated-out secret still signs beside the new one */
    public EventEndpointsService(TenantStore tenants, EventEndpointStore store, EventOutbox outbox, SecretSealer sealer,
                                 Duration secretOverlap, Clock clock) {
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.store = Objects.requireNonNull(store, "store");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.sealer = Objects.requireNonNull(sealer, "sealer");
        this.secretOverlap = Objects.requireNonNull(secretOverlap, "secretOverlap");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public EventEndpointWithSecret create(TenantId tenantId, URI url, Set<EventType> events, String description,
                                          boolean maskRecipients) {
        KnownTenants.require(tenants, tenantId);
        EventEndpoint endpoint = new EventEndpoint(UUID.randomUUID(), tenantId, url, events, description, maskRecipients,
                Optional.empty(),
                Optional.empty(), clock.instant());
        String secret = SigningSecrets.generate();
        store.create(endpoint, SigningSecrets.seal(sealer, secret, Optional.empty()));
        return new EventEndpointWithSecret(new EventEndpointState(endpoint, 0), secret);
    }

    @Override
    public List<EventEndpointState> list(TenantId tenantId) {
        KnownTenants.require(tenants, tenantId);
        return store.list(tenantId).stream().map(this::state).toList();
    }

    @Override
    public EventEndpointState get(TenantId tenantId, UUID id) {
        return state(find(tenantId, id));
    }

    @Override
    public EventEndpointState update(TenantId tenantId, UUID id, URI url, Set<EventType> events, String description,
                                     boolean maskRecipients) {
        return stored(store.update(find(tenantId, id).changed(url, events, description, maskRecipients)), tenantId, id);
    }

    @Override
    public EventEndpointState pause(TenantId tenantId, UUID id) {
        EventEndpoint endpoint = find(tenantId, id);
        return endpoint.isPaused() ? state(endpoint) : stored(store.pause(tenantId, id, PAUSED_BY_TENANT), tenantId, id);
    }

    @Override
    public EventEndpointState resume(TenantId tenantId, UUID id) {
        KnownTenants.require(tenants, tenantId);
        return stored(store.resume(tenantId, id), tenantId, id);
    }

    @Override
    public void delete(TenantId tenantId, UUID id) {
        KnownTenants.require(tenants, tenantId);
        if (!store.delete(tenantId, id)) {
            throw new NotFoundException("event endpoint", id);
        }
    }

    @Override
    public EventEndpointWithSecret rotateSecret(TenantId tenantId, UUID id) {
        EventEndpoint endpoint = find(tenantId, id);
        String previous = SigningSecrets.current(sealer, store.secrets(tenantId, id)
                .orElseThrow(() -> new NotFoundException("event endpoint", id)));
        String secret = SigningSecrets.generate();
        if (!store.replaceSecrets(tenantId, id, SigningSecrets.seal(sealer, secret, Optional.of(previous)),
                clock.instant().plus(secretOverlap))) {
            throw new NotFoundException("event endpoint", id);
        }
        return new EventEndpointWithSecret(state(endpoint), secret);
    }

    private EventEndpoint find(TenantId tenantId, UUID id) {
        KnownTenants.require(tenants, tenantId);
        return store.find(tenantId, id).orElseThrow(() -> new NotFoundException("event endpoint", id));
    }

    /** The endpoint as stored after a change, read again: the relay may have recorded a round meanwhile. */
    private EventEndpointState stored(boolean found, TenantId tenantId, UUID id) {
        if (!found) {
            throw new NotFoundException("event endpoint", id);
        }
        return state(find(tenantId, id));
    }

    private EventEndpointState state(EventEndpoint endpoint) {
        return new EventEndpointState(endpoint, outbox.waiting(endpoint.tenantId(), endpoint.id()));
    }
}
