package switchboard.application.guard;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import switchboard.application.guard.port.IdempotencyRecord;
import switchboard.application.guard.port.IdempotencyStore;

/**
 * Claims Idempotency-Keys. The store's insert decides between concurrent requests: one claims
 * the key, the others find its claim. A record found stale (expired, or a claim abandoned by a
 * process that died) is taken over in place, if no other request took it first.
 */
public final class ClaimIdempotencyKeyService implements ClaimIdempotencyKeyUseCase {

    /** Rounds of insert and take-over before giving up to a request that keeps winning them. */
    private static final int ATTEMPTS = 3;

    private final IdempotencyStore store;
    private final IdempotencyPolicy policy;
    private final Clock clock;

    public ClaimIdempotencyKeyService(IdempotencyStore store, IdempotencyPolicy policy, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public IdempotencyClaim claim(IdempotentRequest request) {
        String fingerprint = fingerprint(request);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Instant now = clock.instant();
            IdempotencyRecord claim = IdempotencyRecord.claim(request.tenantId(), request.key(), fingerprint,
                    UUID.randomUUID(), now.plus(policy.claimTimeout()), now.plus(policy.retention()));
            Optional<IdempotencyRecord> existing = store.insert(claim);
            if (existing.isEmpty() || existing.get().isStaleAt(now) && store.takeOver(existing.get(), claim)) {
                return new IdempotencyClaim.Granted(request.tenantId(), request.key(), claim.claimId());
            }
            IdempotencyRecord found = existing.get();
            if (!found.isStaleAt(now)) {
                if (!found.fingerprint().equals(fingerprint)) {
                    return new IdempotencyClaim.Refused(new GuardRefusal.KeyReused());
                }
                return found.response().<IdempotencyClaim>map(IdempotencyClaim.Replay::new)
                        .orElseGet(() -> new IdempotencyClaim.Refused(new GuardRefusal.StillInFlight(policy.retryAfter())));
            }
        }
        return new IdempotencyClaim.Refused(new GuardRefusal.StillInFlight(policy.retryAfter()));
    }

    /** SHA-256 of the target and the body: the key must come back with the same request to be replayed. */
    private static String fingerprint(IdempotentRequest request) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((request.target() + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest(request.body()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
