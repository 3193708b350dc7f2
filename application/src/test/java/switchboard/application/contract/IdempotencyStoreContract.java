package switchboard.application.contract;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import switchboard.application.guard.RecordedResponse;
import switchboard.application.guard.port.IdempotencyRecord;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;

public abstract class IdempotencyStoreContract extends StoreContract {

    private static final String KEY = "order-4711-" + "k".repeat(200);
    private static final RecordedResponse ANSWER = new RecordedResponse(200, "application/json",
            "{\"messageId\":\"m-1\"}".getBytes(StandardCharsets.UTF_8));

    @Test
    void theFirstInsertClaimsTheKeyAndLaterOnesFindItsClaim() {
        IdempotencyRecord first = claim(ACME, "fingerprint-1");

        assertThat(stores.idempotencyKeys().insert(first)).isEmpty();
        assertThat(stores.idempotencyKeys().insert(claim(ACME, "fingerprint-2"))).contains(first);
    }

    @Test
    void keysAreTheTenants() {
        assertThat(stores.idempotencyKeys().insert(claim(ACME, "fingerprint-1"))).isEmpty();
        assertThat(stores.idempotencyKeys().insert(claim(GLOBEX, "fingerprint-1"))).isEmpty();
    }

    @Test
    void keepsTheResponseOfTheClaimThatHoldsTheKey() {
        IdempotencyRecord claim = claim(ACME, "fingerprint-1");
        stores.idempotencyKeys().insert(claim);

        assertThat(stores.idempotencyKeys().complete(ACME, KEY, UUID.randomUUID(), ANSWER)).as("another claim").isFalse();
        assertThat(stores.idempotencyKeys().complete(ACME, KEY, claim.claimId(), ANSWER)).isTrue();

        Optional<IdempotencyRecord> found = stores.idempotencyKeys().insert(claim(ACME, "fingerprint-1"));
        assertThat(found).hasValueSatisfying(record -> {
            assertThat(record.response()).contains(ANSWER);
            assertThat(record.claimId()).isEqualTo(claim.claimId());
            assertThat(record.expiresAt()).isEqualTo(claim.expiresAt());
        });
    }

    @Test
    void aStaleRecordIsTakenOverOnceByTheRequestThatSawIt() {
        IdempotencyRecord stale = claim(ACME, "fingerprint-1");
        stores.idempotencyKeys().insert(stale);
        stores.idempotencyKeys().complete(ACME, KEY, stale.claimId(), ANSWER);
        IdempotencyRecord seen = stores.idempotencyKeys().insert(stale).orElseThrow();
        IdempotencyRecord first = claim(ACME, "fingerprint-2");
        IdempotencyRecord second = claim(ACME, "fingerprint-3");

        assertThat(stores.idempotencyKeys().takeOver(seen, first)).isTrue();
        assertThat(stores.idempotencyKeys().takeOver(seen, second)).as("the record changed since it was seen").isFalse();
        assertThat(stores.idempotencyKeys().insert(second)).contains(first);
    }

    @Test
    void releasingEndsOnlyAnUnansweredClaimOfTheSameRequestAndKeepsItsRequestId() {
        IdempotencyRecord claim = claim(ACME, "fingerprint-1");
        stores.idempotencyKeys().insert(claim);

        stores.idempotencyKeys().release(ACME, KEY, UUID.randomUUID(), later(5));
        assertThat(stores.idempotencyKeys().insert(claim(ACME, "fingerprint-2"))).as("another claim's release").contains(claim);

        stores.idempotencyKeys().release(ACME, KEY, claim.claimId(), later(5));
        assertThat(stores.idempotencyKeys().insert(claim(ACME, "fingerprint-2"))).as("released")
                .hasValueSatisfying(released -> {
                    assertThat(released.claimedUntil()).isEqualTo(later(5));
                    assertThat(released.requestId()).isEqualTo(claim.requestId());
                    assertThat(released.isAbandonedAt(later(5))).isTrue();
                });

        IdempotencyRecord answered = claim(GLOBEX, "fingerprint-1");
        stores.idempotencyKeys().insert(answered);
        stores.idempotencyKeys().complete(GLOBEX, KEY, answered.claimId(), ANSWER);
        stores.idempotencyKeys().release(GLOBEX, KEY, answered.claimId(), later(5));
        assertThat(stores.idempotencyKeys().insert(claim(GLOBEX, "fingerprint-1"))).as("answered")
                .hasValueSatisfying(kept -> assertThat(kept.response()).contains(ANSWER));
    }

    @Test
    void deletesTheRecordsThatExpired() {
        stores.idempotencyKeys().insert(IdempotencyRecord.claim(ACME, "expired", "f", UUID.randomUUID(), UUID.randomUUID(), later(1), later(10)));
        stores.idempotencyKeys().insert(IdempotencyRecord.claim(ACME, "current", "f", UUID.randomUUID(), UUID.randomUUID(), later(1), later(30)));

        assertThat(stores.idempotencyKeys().deleteExpired(later(20))).isEqualTo(1);

        assertThat(stores.idempotencyKeys().insert(IdempotencyRecord.claim(ACME, "expired", "f", UUID.randomUUID(), UUID.randomUUID(), later(21),
                later(40)))).isEmpty();
        assertThat(stores.idempotencyKeys().insert(IdempotencyRecord.claim(ACME, "current", "f", UUID.randomUUID(), UUID.randomUUID(), later(21),
                later(40)))).isPresent();
    }

    @Test
    void ofManyConcurrentInsertsExactlyOneClaimsTheKey() throws Exception {
        int threads = 16;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Optional<IdempotencyRecord>>> inserts = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<Optional<IdempotencyRecord>> insert = () -> {
                    start.await();
                    return stores.idempotencyKeys().insert(claim(ACME, "fingerprint-1"));
                };
                inserts.add(pool.submit(insert));
            }
            start.countDown();
            int claimed = 0;
            for (Future<Optional<IdempotencyRecord>> insert : inserts) {
                claimed += insert.get().isEmpty() ? 1 : 0;
            }
            assertThat(claimed).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private static IdempotencyRecord claim(TenantId tenantId, String fingerprint) {
        return IdempotencyRecord.claim(tenantId, KEY, fingerprint, UUID.randomUUID(), UUID.randomUUID(), later(120), later(86_400));
    }
}
