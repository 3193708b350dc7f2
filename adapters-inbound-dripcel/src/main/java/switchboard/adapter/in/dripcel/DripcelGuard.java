package switchboard.adapter.in.dripcel;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

import switchboard.adapter.in.guard.GuardedApi;
import switchboard.application.guard.ApiCaller;
import switchboard.application.guard.GuardRefusal;
import switchboard.domain.credential.Credential;

/**
 * What the gateway's rate limits and Idempotency-Keys need from Dripcel: who calls (the API key
 * {@link ApiKeyFilter} accepted) and Dripcel's {@code {ok: false, error}} for a refusal.
 */
@Singleton
public class DripcelGuard implements GuardedApi {

    @Override
    public String name() {
        return "dripcel";
    }

    @Override
    public List<String> paths() {
        return List.of("/send/**");
    }

    @Override
    public Optional<ApiCaller> caller(HttpRequest<?> request) {
        return request.getAttribute(ApiKeyFilter.CREDENTIAL, Credential.class)
                .map(key -> new ApiCaller(name(), key.tenantId(), key.id().toString()));
    }

    @Override
    public MutableHttpResponse<?> refuse(HttpRequest<?> request, GuardRefusal refusal) {
        return DripcelAnswer.failure(HttpStatus.valueOf(refusal.status()), refusal.message());
    }
}
