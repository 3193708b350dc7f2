package switchboard.adapter.in.guard;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class RequestGateTest {

    private final RequestGate gate = new RequestGate(List.of(new WordedApi("dripcel", "/send/**")));

    @Test
    void onceClosedAnApisRequestsAreRefusedInItsWordsWithRetryAfterAndOtherRequestsStillPass() {
        assertThat(gate.admit(HttpRequest.POST("/send/sms", "{}"))).as("open: let in").isNull();

        gate.close();

        MutableHttpResponse<?> refused = gate.admit(HttpRequest.POST("/send/sms", "{}"));
        assertThat(refused).isNotNull();
        assertThat(refused.code()).isEqualTo(503);
        assertThat(refused.body()).asString().startsWith("dripcel refuses: The gateway is shutting down");
        assertThat(refused.getHeaders().get(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        assertThat(gate.admit(HttpRequest.GET("/health/readiness"))).as("not an API's route").isNull();
        assertThat(gate.isClosed()).isTrue();
    }

    @Test
    void waitsForTheRequestsLetInBeforeItClosedAndNoLonger() throws Exception {
        HttpRequest<?> first = HttpRequest.POST("/send/sms", "{}");
        HttpRequest<?> second = HttpRequest.POST("/send/email/bulk", "{}");
        gate.admit(first);
        gate.admit(second);
        gate.close();

        CompletableFuture<Integer> idle = CompletableFuture.supplyAsync(() -> gate.awaitIdle(Duration.ofSeconds(10)));
        gate.done(first);
        Thread.sleep(100);
        assertThat(idle).as("one request still under way").isNotDone();
        gate.done(second);

        assertThat(idle.get(5, TimeUnit.SECONDS)).isZero();
        gate.admit(HttpRequest.GET("/health/liveness"));
        assertThat(gate.awaitIdle(Duration.ofMillis(50))).as("a request that outlives the patience").isEqualTo(1);
    }
}
