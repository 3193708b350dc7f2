package switchboard.application.guard.port;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import switchboard.application.guard.RecordedResponse;
import switchboard.domain.tenant.TenantId;

/**
 * The tenants' Idempotency-Keys, shared by every gateway process: whichever inserts a key first
 * holds it, so two processes never both run the same request.
 */
public interface IdempotencyStore {

    /**
     * Stores the claim unless the tenant has a record under its key.
     *
     * @return empty if the claim was stored, else the record already there
     */
    Optional<IdempotencyRecord> insert(IdempotencyRecord claim);

    /**
     * Replaces a stale record with a new claim, if the record is still the one seen (same claim id).
     *
     * @return false if another request changed or removed it first
     */
    boolean takeOver(IdempotencyRecord stale, IdempotencyRecord claim);

    /**
     * Keeps the response on the claim.
     *
     * @return false if the claim is gone: it ran out and another request took the key over
     */
    boolean complete(TenantId tenantId, String key, UUID claimId, RecordedResponse response);

    /**
     * Ends the claim at {@code now} if it still has no response, so that a repeat of the request
     * takes it over at once (keeping its request id) instead of waiting for the claim's timeout.
     */
    void release(TenantId tenantId, String key, UUID claimId, Instant now);

    /** Deletes the records that expired before {@code now}; returns how many. */
    int deleteExpired(Instant now);
}
