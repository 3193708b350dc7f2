package switchboard.adapter.in.admin.send;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

import switchboard.adapter.in.admin.ProblemDetails;
import switchboard.adapter.in.admin.TenantAccess;
import switchboard.adapter.in.guard.GuardedApi;
import switchboard.application.guard.ApiCaller;
import switchboard.application.guard.GuardRefusal;

/**
 * What the gateway's rate limits and Idempotency-Keys need from the Admin send: who calls (the
 * admin of the token, counted by username, for the admin's own tenant) and ProblemDetails for a
 * refusal, of the send's guards and, while the gateway shuts down, of any Admin API request.
 */
@Singleton
public class AdminGuard implements GuardedApi {

    @Override
    public String name() {
        return "admin";
    }

    @Override
    public List<String> paths() {
        return List.of("/api/v1/communications/send");
    }

    /** The whole Admin API and its login. */
    @Override
    public List<String> routes() {
        return List.of("/login", "/api/**");
    }

    @Override
    public Optional<ApiCaller> caller(HttpRequest<?> request) {
        return request.getUserPrincipal(Authentication.class)
                .map(admin -> new ApiCaller(name(), TenantAccess.ownTenant(admin), admin.getName()));
    }

    @Override
    public MutableHttpResponse<?> refuse(HttpRequest<?> request, GuardRefusal refusal) {
        return ProblemDetails.response(request, HttpStatus.valueOf(refusal.status()), refusal.message());
    }
}
