package switchboard.adapter.in.guard;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;

import java.util.List;
import java.util.Optional;

import switchboard.application.guard.ApiCaller;
import switchboard.application.guard.GuardRefusal;
import switchboard.domain.tenant.TenantId;

/**
 * An API for the guard's tests: every request comes from one credential of tenant {@code acme}, unless
 * it carries {@code X-Anonymous}, and a refusal is worded {@code <name> refuses: <message>}.
 */
record WordedApi(String name, List<String> paths) implements GuardedApi {

    WordedApi(String name, String... paths) {
        this(name, List.of(paths));
    }

    @Override
    public Optional<ApiCaller> caller(HttpRequest<?> request) {
        if (request.getHeaders().contains("X-Anonymous")) {
            return Optional.empty();
        }
        return Optional.of(new ApiCaller(name, new TenantId("acme"), "key-1"));
    }

    @Override
    public MutableHttpResponse<?> refuse(HttpRequest<?> request, GuardRefusal refusal) {
        return HttpResponse.status(HttpStatus.valueOf(refusal.status())).body(name + " refuses: " + refusal.message());
    }
}
