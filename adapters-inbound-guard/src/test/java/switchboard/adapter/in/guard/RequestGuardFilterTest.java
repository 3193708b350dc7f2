package switchboard.adapter.in.guard;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.filter.FilterContinuation;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import switchboard.application.guard.CheckRateLimitService;
import switchboard.application.guard.ClaimIdempotencyKeyService;
import switchboard.application.guard.CompleteIdempotentRequestService;
import switchboard.application.guard.IdempotencyPolicy;
import switchboard.application.guard.RateLimitPolicy;
import switchboard.application.guard.ReleaseIdempotencyKeyService;
import switchboard.application.guard.port.Allowance;
import switchboard.application.memory.InMemoryStores;
import switchboard.application.memory.NoMeters;

import static org.assertj.core.api.Assertions.assertThat;

/** The filter with the real guard services on in-memory stores; {@code dripcel} may send one request a minute. */
class RequestGuardFilterTest {

    private final InMemoryStores stores = new InMemoryStores();
    private final RequestGuardFilter filter = new RequestGuardFilter(
            List.of(new WordedApi("dripcel", "/send/**"), new WordedApi("admin", "/api/v1/communications/send")),
            new CheckRateLimitService(stores.rateLimiter(), new RateLimitPolicy(
                    Map.of("dripcel", new Allowance(1, Duration.ofMinutes(1))), Map.of(), Optional.empty()), NoMeters.GUARD),
            new ClaimIdempotencyKeyService(stores.idempotencyKeys(),
                    new IdempotencyPolicy(Duration.ofHours(24), Duration.ofMinutes(2), Duration.ofSeconds(1)), Clock.systemUTC(), NoMeters.GUARD),
            new CompleteIdempotentRequestService(stores.idempotencyKeys()),
            new ReleaseIdempotencyKeyService(stores.idempotencyKeys(), Clock.systemUTC()),
            JsonMapper.createDefault());

    @Test
    void isEnabledOnlyForTheRoutesAnApiServes() {
        assertThat(filter.isEnabled(HttpRequest.POST("/send/sms", "{}"))).isTrue();
        assertThat(filter.isEnabled(HttpRequest.POST("/api/v1/communications/send", "{}"))).isTrue();
        assertThat(filter.isEnabled(HttpRequest.POST("/callbacks/twilio/42", "MessageStatus=sent"))).isFalse();
        assertThat(filter.isEnabled(HttpRequest.GET("/health"))).isFalse();
        assertThat(filter.isEnabled(HttpRequest.POST("/api/v1/tenants", "{}"))).isFalse();
    }

    @Test
    void aRequestNoApiServesPassesUntouchedAndCountsAgainstNoLimit() {
        Downstream downstream = new Downstream();
        HttpRequest<?> callback = HttpRequest.POST("/callbacks/twilio/42", "MessageStatus=sent").header("Idempotency-Key", "k1");

        assertThat(guard(callback, downstream)).isSameAs(downstream.response);
        assertThat(guard(callback, downstream)).isSameAs(downstream.response);
        assertThat(downstream.calls).isEqualTo(2);

        assertThat(guard(HttpRequest.POST("/send/sms", "{}"), downstream).code()).isEqualTo(200);
    }

    @Test
    void aCallerPastItsLimitIsRefusedInItsApisWordsWithRetryAfter() {
        Downstream downstream = new Downstream();
        guard(HttpRequest.POST("/send/sms", "{}"), downstream);

        MutableHttpResponse<?> refused = guard(HttpRequest.POST("/send/email/bulk", "{}"), downstream);

        assertThat(refused.code()).isEqualTo(429);
        assertThat(refused.getBody(String.class)).hasValueSatisfying(body -> assertThat(body).startsWith("dripcel refuses: Too many"));
        assertThat(refused.getHeaders().get(HttpHeaders.RETRY_AFTER)).isEqualTo("60");
        assertThat(downstream.calls).isEqualTo(1);
    }

    @Test
    void aCallerTheApiWillRefusePassesUntouched() {
        Downstream downstream = new Downstream();
        guard(HttpRequest.POST("/send/sms", "{}"), downstream);

        assertThat(guard(HttpRequest.POST("/send/sms", "{}").header("X-Anonymous", "yes"), downstream))
                .isSameAs(downstream.response);
    }

    @Test
    void aRepeatedIdempotencyKeyGetsTheRecordedAnswerOfItsApi() {
        Downstream downstream = new Downstream();
        HttpRequest<?> send = HttpRequest.POST("/api/v1/communications/send", "{\"to\":\"a\"}").header("Idempotency-Key", "k1");
        guard(send, downstream);

        MutableHttpResponse<?> replay = guard(send, downstream);

        assertThat(downstream.calls).isEqualTo(1);
        assertThat(replay.getHeaders().get("Idempotency-Replay")).isEqualTo("true");
        assertThat(new String((byte[]) replay.body(), StandardCharsets.UTF_8)).isEqualTo("sent 1");
    }

    private MutableHttpResponse<?> guard(HttpRequest<?> request, Downstream downstream) {
        byte[] body = request.getBody(String.class).map(text -> text.getBytes(StandardCharsets.UTF_8)).orElse(null);
        return filter.guard(request, body, downstream);
    }

    /** The routes behind the filter: each call answers {@code sent <n>}. */
    private static final class Downstream implements FilterContinuation<MutableHttpResponse<?>> {

        private int calls;
        private MutableHttpResponse<?> response;

        @Override
        public FilterContinuation<MutableHttpResponse<?>> request(HttpRequest<?> request) {
            return this;
        }

        @Override
        public MutableHttpResponse<?> proceed() {
            calls++;
            response = HttpResponse.ok("sent " + calls);
            return response;
        }
    }
}
