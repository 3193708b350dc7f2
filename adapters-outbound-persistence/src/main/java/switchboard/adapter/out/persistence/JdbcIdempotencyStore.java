package switchboard.adapter.out.persistence;

import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import switchboard.application.guard.RecordedResponse;
import switchboard.application.guard.port.IdempotencyRecord;
import switchboard.application.guard.port.IdempotencyStore;
import switchboard.domain.tenant.TenantId;

/**
 * Idempotency-Keys in one table for every gateway process: the primary key (tenant, key) lets
 * exactly one insert claim a key; every later change names the claim it expects to find.
 */
@Singleton
public class JdbcIdempotencyStore implements IdempotencyStore {

    /** Inserts that lost to a row which was then deleted (released) before it could be read, before giving up. */
    private static final int ATTEMPTS = 3;
    private static final String WHERE_CLAIM = " WHERE tenant_id = ? AND idempotency_key = ? AND claim_id = ?";

    private final Database database;

    public JdbcIdempotencyStore(Database database) {
        this.database = database;
    }

    @Override
    public Optional<IdempotencyRecord> insert(IdempotencyRecord claim) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            if (database.insertUnlessDuplicate("INSERT INTO idempotency_key (tenant_id, idempotency_key, fingerprint, claim_id, "
                    + "request_id, claimed_until, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)", claim.tenantId().value(),
                    claim.key(), claim.fingerprint(), claim.claimId(), claim.requestId(), claim.claimedUntil(), claim.expiresAt())) {
                return Optional.empty();
            }
            Optional<IdempotencyRecord> existing = database.read(connection -> Database.queryOne(connection,
                    "SELECT * FROM idempotency_key WHERE tenant_id = ? AND idempotency_key = ?", JdbcIdempotencyStore::record,
                    claim.tenantId().value(), claim.key()));
            if (existing.isPresent()) {
                return existing;
            }
        }
        throw new IllegalStateException("the Idempotency-Key " + claim.key() + " keeps being claimed and released");
    }

    @Override
    public boolean takeOver(IdempotencyRecord stale, IdempotencyRecord claim) {
        return database.write(connection -> Database.update(connection, "UPDATE idempotency_key SET fingerprint = ?, "
                        + "claim_id = ?, request_id = ?, claimed_until = ?, expires_at = ?, status = NULL, content_type = NULL, "
                        + "body = NULL" + WHERE_CLAIM, claim.fingerprint(), claim.claimId(), claim.requestId(),
                claim.claimedUntil(), claim.expiresAt(),
                stale.tenantId().value(), stale.key(), stale.claimId()) > 0);
    }

    @Override
    public boolean complete(TenantId tenantId, String key, UUID claimId, RecordedResponse response) {
        return database.write(connection -> Database.update(connection, "UPDATE idempotency_key SET status = ?, "
                        + "content_type = ?, body = ?" + WHERE_CLAIM, response.status(), response.contentType(), response.body(),
                tenantId.value(), key, claimId) > 0);
    }

    @Override
    public void release(TenantId tenantId, String key, UUID claimId, Instant now) {
        database.write(connection -> Database.update(connection, "UPDATE idempotency_key SET claimed_until = ?" + WHERE_CLAIM
                + " AND status IS NULL", now, tenantId.value(), key, claimId));
    }

    @Override
    public int deleteExpired(Instant now) {
        return database.write(connection -> Database.update(connection, "DELETE FROM idempotency_key WHERE expires_at < ?", now));
    }

    private static IdempotencyRecord record(ResultSet row) throws SQLException {
        int status = row.getInt("status");
        Optional<RecordedResponse> response = row.wasNull() ? Optional.empty()
                : Optional.of(new RecordedResponse(status, row.getString("content_type"), row.getBytes("body")));
        return new IdempotencyRecord(new TenantId(row.getString("tenant_id")), row.getString("idempotency_key"),
                row.getString("fingerprint"), Database.uuid(row, "claim_id"), Database.uuid(row, "request_id"),
                Database.instant(row, "claimed_until"),
                Database.instant(row, "expires_at"), response);
    }
}
