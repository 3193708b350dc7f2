package switchboard.application.guard;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import switchboard.application.memory.InMemoryStores;
import switchboard.application.memory.NoMeters;
import switchboard.application.memory.SettableClock;
import switchboard.domain.InvalidValueException;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdempotencyServicesTest {

    private static final TenantId ACME = new TenantId("acme");
    private static final ApiCaller CALLER = new ApiCaller("fliplet", ACME, "token-1");
    private static final TenantId GLOBEX = new TenantId("globex");
    private static final RecordedResponse ANSWER = new RecordedResponse(200, "application/json", bytes("{\"id\":1}"));
    private static final IdempotencyPolicy POLICY = new IdempotencyPolicy(Duration.ofHours(24), Duration.ofMinutes(2),
            Duration.ofSeconds(1));

    private final InMemoryStores stores = new InMemoryStores();
    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-22T10:00:00Z"));
    private final ClaimIdempotencyKeyService claim = new ClaimIdempotencyKeyService(stores.idempotencyKeys(), POLICY, clock,
            NoMeters.GUARD);
    private final CompleteIdempotentRequestService complete = new CompleteIdempotentRequestService(stores.idempotencyKeys());
    private final ReleaseIdempotencyKeyService release = new ReleaseIdempotencyKeyService(stores.idempotencyKeys(), clock);
    private final PurgeExpiredKeysService purge = new PurgeExpiredKeysService(stores.idempotencyKeys(), stores.rateLimiter(),
            clock);

    @Test
    void theSameRequestAgainGetsTheFirstResponse() {
        IdempotencyClaim.Granted first = granted(request(ACME, "{\"to\":\"a\"}"));
        complete.complete(first, ANSWER);

        assertThat(claim.claim(request(ACME, "{\"to\":\"a\"}"))).isEqualTo(new IdempotencyClaim.Replay(ANSWER));
    }

    @Test
    void anotherBodyOrTargetWithTheKeyIsRefusedWhetherAnsweredOrInFlight() {
        granted(request(ACME, "{\"to\":\"a\"}"));

        assertThat(claim.claim(request(ACME, "{\"to\":\"b\"}")))
                .isEqualTo(new IdempotencyClaim.Refused(new GuardRefusal.KeyReused()));
        assertThat(claim.claim(new IdempotentRequest(CALLER, "key-1", "POST /other", bytes("{\"to\":\"a\"}"))))
                .isEqualTo(new IdempotencyClaim.Refused(new GuardRefusal.KeyReused()));
    }

    @Test
    void aRepeatWhileTheFirstIsInFlightIsToldToRetry() {
        granted(request(ACME, "{}"));

        assertThat(claim.claim(request(ACME, "{}")))
                .isEqualTo(new IdempotencyClaim.Refused(new GuardRefusal.StillInFlight(Duration.ofSeconds(1))));
    }

    @Test
    void anAbandonedClaimIsTakenOverOnceItsTimeoutPasses() {
        IdempotencyClaim.Granted abandoned = granted(request(ACME, "{}"));
        clock.advance(Duration.ofMinutes(2).minusMillis(1));
        assertThat(claim.claim(request(ACME, "{}"))).isInstanceOf(IdempotencyClaim.Refused.class);

        clock.advance(Duration.ofMillis(1));
        IdempotencyClaim.Granted retry = granted(request(ACME, "{}"));
        complete.complete(abandoned, new RecordedResponse(201, "text/plain", bytes("late")));
        complete.complete(retry, ANSWER);

        assertThat(claim.claim(request(ACME, "{}"))).as("the late answer of the abandoned claim is not kept")
                .isEqualTo(new IdempotencyClaim.Replay(ANSWER));
    }

    @Test
    void aResponseIsReplayedForTheRetentionTimeThenTheKeyIsNew() {
        complete.complete(granted(request(ACME, "{}")), ANSWER);
        clock.advance(Duration.ofHours(24).minusMillis(1));
        assertThat(claim.claim(request(ACME, "{\"other\":true}"))).isInstanceOf(IdempotencyClaim.Refused.class);

        clock.advance(Duration.ofMillis(1));
        assertThat(claim.claim(request(ACME, "{\"other\":true}"))).isInstanceOf(IdempotencyClaim.Granted.class);
    }

    @Test
    void aReleasedKeyLetsTheRepeatRunAgainAsTheSameRequest() {
        IdempotencyClaim.Granted failed = granted(request(ACME, "{}"));
        release.release(failed);

        IdempotencyClaim.Granted repeat = granted(request(ACME, "{}"));
        assertThat(repeat.requestId()).as("what a send derives its message ids from").isEqualTo(failed.requestId());
        assertThat(repeat.claimId()).isNotEqualTo(failed.claimId());
    }

    @Test
    void anAbandonedClaimIsNotTakenOverByAnotherRequestWithItsKey() {
        release.release(granted(request(ACME, "{\"to\":\"a\"}")));

        assertThat(claim.claim(request(ACME, "{\"to\":\"b\"}")))
                .isEqualTo(new IdempotencyClaim.Refused(new GuardRefusal.KeyReused()));
    }

    @Test
    void anExpiredKeyStandsForANewRequest() {
        IdempotencyClaim.Granted first = granted(request(ACME, "{}"));
        release.release(first);
        clock.advance(Duration.ofHours(24));

        assertThat(granted(request(ACME, "{}")).requestId()).isNotEqualTo(first.requestId());
    }

    @Test
    void keysAreTheTenants() {
        complete.complete(granted(request(ACME, "{}")), ANSWER);

        assertThat(claim.claim(request(GLOBEX, "{\"different\":1}"))).isInstanceOf(IdempotencyClaim.Granted.class);
    }

    @Test
    void purgesExpiredKeys() {
        complete.complete(granted(request(ACME, "{}")), ANSWER);
        granted(new IdempotentRequest(CALLER, "key-2", "POST /send", bytes("{}")));
        clock.advance(Duration.ofHours(25));

        assertThat(purge.purge()).isEqualTo(2);
    }

    @Test
    void keysAreShortPrintableText() {
        assertThat(new IdempotentRequest(CALLER, "k".repeat(255), "POST /send", null).body()).isEmpty();
        assertThatThrownBy(() -> new IdempotentRequest(CALLER, "k".repeat(256), "POST /send", null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("longer than 255");
        assertThatThrownBy(() -> new IdempotentRequest(CALLER, "", "POST /send", null)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new IdempotentRequest(CALLER, "a\tb", "POST /send", null))
                .isInstanceOf(InvalidValueException.class);
    }

    private IdempotencyClaim.Granted granted(IdempotentRequest request) {
        IdempotencyClaim result = claim.claim(request);
        assertThat(result).isInstanceOf(IdempotencyClaim.Granted.class);
        return (IdempotencyClaim.Granted) result;
    }

    private static IdempotentRequest request(TenantId tenantId, String body) {
        return new IdempotentRequest(new ApiCaller("fliplet", tenantId, "token-1"), "key-1", "POST /send", bytes(body));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
