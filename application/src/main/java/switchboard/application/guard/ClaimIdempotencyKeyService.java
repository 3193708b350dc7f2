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

import switchboard.application.guard.port.GuardMeter;
import switchboard.application.guard.port.IdempotencyRecord;
import switchboard.application.guard.port.IdempotencyStore;

/**
 * Claims Idempotency-Keys. The store's insert decides between concurrent requests: one claims
 * the key, the others find its claim. An expired record is taken over in place for a new request;
 * a claim abandoned without an answer (its process died, or it failed) by a repeat of the same
 * request, which keeps the request id, so that a send finds the messages an attempt stored before
 * its answer was lost. Either takeover happens only if no other request took the record first.
 */
public final class ClaimIdempotencyKeyService implements ClaimIdempotencyKeyUseCase {

    /** Rounds of insert and take-over before giving up to a request that keeps winning them. */
    private static final int ATTEMPTS = 3;

    private final IdempotencyStore store;
    private final IdempotencyPolicy policy;
    private final Clock clock;
    private final GuardMeter meter;

    public ClaimIdempotencyKeyService(IdempotencyStore store, IdempotencyPolicy policy, Clock clock, GuardMeter meter) {
        this.store = Objects.requireNonNull(store, "store");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.meter = Objects.requireNonNull(meter, "meter");
    }

    @Override
    public IdempotencyClaim claim(IdempotentRequest request) {
        String fingerprint = fingerprint(request);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Instant now = clock.instant();
            IdempotencyRecord claim = claim(request, fingerprint, UUID.randomUUID(), now);
            Optional<IdempotencyRecord> existing = store.insert(claim);
            if (existing.isEmpty()) {
                return granted(claim);
            }
            IdempotencyRecord found = existing.get();
            if (found.isExpiredAt(now)) {
                if (store.takeOver(found, claim)) {
                    return granted(claim);
                }
                continue;
            }
            if (!found.fingerprint().equals(fingerprint)) {
                return new IdempotencyClaim.Refused(new GuardRefusal.KeyReused());
            }
            if (found.response().isPresent()) {
                meter.replayed(request.caller());
                return new IdempotencyClaim.Replay(found.response().get());
            }
            if (!found.isAbandonedAt(now)) {
                return new IdempotencyClaim.Refused(new GuardRefusal.StillInFlight(policy.retryAfter()));
            }
            IdempotencyRecord repeat = claim(request, fingerprint, found.requestId(), now);
            if (store.takeOver(found, repeat)) {
                return granted(repeat);
            }
        }
        return new IdempotencyClaim.Refused(new GuardRefusal.StillInFlight(policy.retryAfter()));
    }

    private IdempotencyRecord claim(IdempotentRequest request, String fingerprint, UUID requestId, Instant now) {
        return IdempotencyRecord.claim(request.tenantId(), request.key(), fingerprint, UUID.randomUUID(), requestId,
                now.plus(policy.claimTimeout()), now.plus(policy.retention()));
    }

    private static IdempotencyClaim.Granted granted(IdempotencyRecord claim) {
        return new IdempotencyClaim.Granted(claim.tenantId(), claim.key(), claim.claimId(), claim.requestId());
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
