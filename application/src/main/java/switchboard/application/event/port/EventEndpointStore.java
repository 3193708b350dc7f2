package switchboard.application.event.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import switchboard.domain.delivery.SealedCredentials;
import switchboard.domain.event.EventEndpoint;
import switchboard.domain.tenant.TenantId;

/** The tenants' event endpoints and their sealed signing secrets. */
public interface EventEndpointStore {

    /** Stores a new endpoint; it hears of the changes committed from then on. */
    void create(EventEndpoint endpoint, SealedCredentials secrets);

    Optional<EventEndpoint> find(TenantId tenantId, UUID id);

    /** The tenant's endpoints, oldest first. */
    List<EventEndpoint> list(TenantId tenantId);

    /**
     * Stores the endpoint's settings (URL, events, description, masking); its pause and its record of
     * failures stay as the relay and the tenant's pause or resume left them. False if the tenant has
     * no such endpoint.
     */
    boolean update(EventEndpoint endpoint);

    /** Pauses the endpoint for the reason given, keeping its record of failures; false if the tenant has no such endpoint. */
    boolean pause(TenantId tenantId, UUID id, String reason);

    /**
     * Posts to the endpoint again, at once and with a clean record: the failures before count toward
     * no pause. False if the tenant has no such endpoint.
     */
    boolean resume(TenantId tenantId, UUID id);

    /** Deletes the endpoint with the events still waiting for it; false if the tenant had no such endpoint. */
    boolean delete(TenantId tenantId, UUID id);

    /** The endpoint's sealed secrets, the previous one included while it still signs. */
    Optional<SealedCredentials> secrets(TenantId tenantId, UUID id);

    /**
     * Replaces the endpoint's secrets; the previous one signs beside the new one until {@code previousUntil}.
     *
     * @return false if the tenant has no such endpoint
     */
    boolean replaceSecrets(TenantId tenantId, UUID id, SealedCredentials secrets, Instant previousUntil);
}
