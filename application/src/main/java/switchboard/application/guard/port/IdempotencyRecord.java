package switchboard.application.guard.port;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import switchboard.application.guard.RecordedResponse;
import switchboard.domain.tenant.TenantId;

/**
 * A tenant's Idempotency-Key: claimed by one request ({@code claimId}) until {@code claimedUntil},
 * then holding that request's response until {@code expiresAt}.
 *
 * @param fingerprint digest of the request the key stands for
 * @param requestId   the request the key stands for, kept by every attempt that takes over an unanswered claim
 *                    until the record expires: what a send derives its message ids from, so that an attempt finds
 *                    what an earlier one stored
 * @param response    empty while the request is in flight
 */
public record IdempotencyRecord(TenantId tenantId, String key, String fingerprint, UUID claimId, UUID requestId,
                                Instant claimedUntil, Instant expiresAt, Optional<RecordedResponse> response) {

    public IdempotencyRecord {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(claimedUntil, "claimedUntil");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(response, "response");
    }

    /** A new claim, without a response yet. */
    public static IdempotencyRecord claim(TenantId tenantId, String key, String fingerprint, UUID claimId, UUID requestId,
                                          Instant claimedUntil, Instant expiresAt) {
        return new IdempotencyRecord(tenantId, key, fingerprint, claimId, requestId, claimedUntil, expiresAt, Optional.empty());
    }

    /** Past its retention: the key is free for a new request. */
    public boolean isExpiredAt(Instant now) {
        return !expiresAt.isAfter(now);
    }

    /**
     * A claim whose request never answered: its process died, or it failed and released the key.
     * The request may be tried again under the same request id.
     */
    public boolean isAbandonedAt(Instant now) {
        return response.isEmpty() && !claimedUntil.isAfter(now);
    }
}
