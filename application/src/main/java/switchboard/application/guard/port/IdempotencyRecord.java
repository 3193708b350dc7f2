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
 * @param response    empty while the request is in flight
 */
public record IdempotencyRecord(TenantId tenantId, String key, String fingerprint, UUID claimId, Instant claimedUntil,
                                Instant expiresAt, Optional<RecordedResponse> response) {

    public IdempotencyRecord {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(claimedUntil, "claimedUntil");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(response, "response");
    }

    /** A new claim, without a response yet. */
    public static IdempotencyRecord claim(TenantId tenantId, String key, String fingerprint, UUID claimId,
                                          Instant claimedUntil, Instant expiresAt) {
        return new IdempotencyRecord(tenantId, key, fingerprint, claimId, claimedUntil, expiresAt, Optional.empty());
    }

    /** Past its retention, or a claim whose request never answered (its process died): free to take. */
    public boolean isStaleAt(Instant now) {
        return !expiresAt.isAfter(now) || (response.isEmpty() && !claimedUntil.isAfter(now));
    }
}
