package switchboard.application.memory;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import switchboard.application.guard.RecordedResponse;
import switchboard.application.guard.port.IdempotencyRecord;
import switchboard.application.guard.port.IdempotencyStore;
import switchboard.domain.tenant.TenantId;

final class InMemoryIdempotencyStore implements IdempotencyStore {

    private final Map<Key, IdempotencyRecord> records = new HashMap<>();

    @Override
    public synchronized Optional<IdempotencyRecord> insert(IdempotencyRecord claim) {
        return Optional.ofNullable(records.putIfAbsent(new Key(claim.tenantId(), claim.key()), claim));
    }

    @Override
    public synchronized boolean takeOver(IdempotencyRecord stale, IdempotencyRecord claim) {
        if (held(stale.tenantId(), stale.key(), stale.claimId()) == null) {
            return false;
        }
        records.put(new Key(claim.tenantId(), claim.key()), claim);
        return true;
    }

    @Override
    public synchronized boolean complete(TenantId tenantId, String key, UUID claimId, RecordedResponse response) {
        IdempotencyRecord claim = held(tenantId, key, claimId);
        if (claim == null) {
            return false;
        }
        records.put(new Key(tenantId, key), new IdempotencyRecord(tenantId, key, claim.fingerprint(), claimId,
                claim.requestId(), claim.claimedUntil(), claim.expiresAt(), Optional.of(response)));
        return true;
    }

    @Override
    public synchronized void release(TenantId tenantId, String key, UUID claimId, Instant now) {
        IdempotencyRecord claim = held(tenantId, key, claimId);
        if (claim != null && claim.response().isEmpty()) {
            records.put(new Key(tenantId, key), IdempotencyRecord.claim(tenantId, key, claim.fingerprint(), claimId,
                    claim.requestId(), now, claim.expiresAt()));
        }
    }

    @Override
    public synchronized int deleteExpired(Instant now) {
        int before = records.size();
        records.values().removeIf(record -> record.expiresAt().isBefore(now));
        return before - records.size();
    }

    /** The record under the key if that claim holds it, else null. */
    private IdempotencyRecord held(TenantId tenantId, String key, UUID claimId) {
        IdempotencyRecord record = records.get(new Key(tenantId, key));
        return record != null && record.claimId().equals(claimId) ? record : null;
    }

    private record Key(TenantId tenantId, String key) {
    }
}
