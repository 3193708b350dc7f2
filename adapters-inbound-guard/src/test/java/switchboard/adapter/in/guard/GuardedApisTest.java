package switchboard.adapter.in.guard;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import switchboard.application.guard.ApiCaller;
import switchboard.application.guard.GuardRefusal;

import static org.assertj.core.api.Assertions.assertThat;

class GuardedApisTest {

    private final WordedApi bulk = new WordedApi("bulk", "/send/**");
    private final WordedApi single = new WordedApi("single", "/api/v1/communications/send", "/v2/communications/sendMessage");
    private final GuardedApis apis = new GuardedApis(List.of(bulk, single));

    @ParameterizedTest
    @ValueSource(strings = {"/send/sms", "/send/sms/42", "/send/email/bulk"})
    void aWildcardServesEveryRouteBelowIt(String path) {
        assertThat(apis.serving(path)).contains(bulk);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/communications/send", "/v2/communications/sendMessage"})
    void eachOfAnApisPathsIsServed(String path) {
        assertThat(apis.serving(path)).contains(single);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/communications/send/more", "/api/v1/communications/sends", "/api/v1/communications",
            "/v2/communications/sendMessages", "/sender"})
    void anExactPathServesNothingBelowOrBesideIt(String path) {
        assertThat(apis.serving(path)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/callbacks/twilio/00000000-0000-0000-0000-000000000000", "/health", "/login", "/api/v1/tenants", "/"})
    void otherRoutesHaveNoApiToGuardThem(String path) {
        assertThat(apis.serving(path)).isEmpty();
    }

    @Test
    void withNoApisNothingIsServed() {
        assertThat(new GuardedApis(List.of()).serving("/send/sms")).isEmpty();
    }

    @Test
    void pathsPastTheRememberedOnesAreMatchedAllTheSame() {
        for (int i = 0; i < GuardedApis.REMEMBERED_PATHS; i++) {
            assertThat(apis.serving("/probe/" + i)).isEmpty();
        }

        assertThat(apis.serving("/send/sms/43")).contains(bulk);
        assertThat(apis.serving("/v2/communications/sendMessage")).contains(single);
        assertThat(apis.routing("/send/email/bulk")).contains(bulk);
        assertThat(apis.serving("/sender")).isEmpty();
    }

    @Test
    void aPathIsMatchedAgainstTheApisPatternsOnceNotForEachQuestion() {
        AtomicInteger patternsRead = new AtomicInteger();
        GuardedApi counted = new GuardedApi() {
            @Override
            public String name() {
                return bulk.name();
            }

            @Override
            public List<String> paths() {
                patternsRead.incrementAndGet();
                return bulk.paths();
            }

            @Override
            public Optional<ApiCaller> caller(HttpRequest<?> request) {
                return bulk.caller(request);
            }

            @Override
            public MutableHttpResponse<?> refuse(HttpRequest<?> request, GuardRefusal refusal) {
                return bulk.refuse(request, refusal);
            }
        };
        GuardedApis remembering = new GuardedApis(List.of(counted));

        for (int request = 0; request < 3; request++) {
            assertThat(remembering.serving("/send/sms")).contains(counted);
        }

        assertThat(patternsRead).hasValue(1);
    }
}
