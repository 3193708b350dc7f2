package switchboard.adapter.in.capillary.send;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

import switchboard.adapter.in.capillary.Fault;
import switchboard.adapter.in.capillary.auth.CapillaryAuthenticator;
import switchboard.adapter.in.capillary.auth.TokenResponse;
import switchboard.adapter.in.guard.GuardedApi;
import switchboard.application.guard.ApiCaller;
import switchboard.application.guard.GuardRefusal;

/**
 * What the gateway's rate limits and Idempotency-Keys need from {@code sendMessage}: who calls
 * (a credential that may send; the controller refuses any other) and the status envelope that
 * words a refusal, with the HTTP status as its code (7005 for a bad key); while the gateway shuts
 * down, the token route's refusal is in the token answer's envelope.
 */
@Singleton
public class CapillaryGuard implements GuardedApi {

    private static final String TOKEN_ROUTE = "/v3/oauth/token/generate";

    private final CapillaryAuthenticator authenticator;

    public CapillaryGuard(CapillaryAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public String name() {
        return "capillary";
    }

    @Override
    public List<String> paths() {
        return List.of("/v2/communications/sendMessage");
    }

    /** sendMessage and the token route. */
    @Override
    public List<String> routes() {
        return List.of("/v2/communications/**", TOKEN_ROUTE);
    }

    @Override
    public Optional<ApiCaller> caller(HttpRequest<?> request) {
        return authenticator.sendingCredential(request)
                .map(credential -> new ApiCaller(name(), credential.tenantId(), credential.id().toString()));
    }

    @Override
    public MutableHttpResponse<?> refuse(HttpRequest<?> request, GuardRefusal refusal) {
        Fault fault = refusal instanceof GuardRefusal.TooManyRequests ? Fault.TOO_MANY_REQUESTS
                : refusal instanceof GuardRefusal.StillInFlight ? Fault.IN_PROGRESS
                : refusal instanceof GuardRefusal.KeyReused ? Fault.KEY_REUSED
                : refusal instanceof GuardRefusal.ShuttingDown ? Fault.UNAVAILABLE
                : Fault.INVALID_IDEMPOTENCY_KEY;
        MutableHttpResponse<?> response = HttpResponse.status(HttpStatus.valueOf(refusal.status()));
        return request.getPath().equals(TOKEN_ROUTE) ? response.body(TokenResponse.refused(fault, refusal.message()))
                : response.body(SendMessageResponse.refused(fault, refusal.message()));
    }
}
