package switchboard.adapter.in.capillary.send;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;

import java.util.Optional;

import switchboard.adapter.in.capillary.Fault;
import switchboard.adapter.in.capillary.auth.CapillaryAuthenticator;
import switchboard.application.guard.ApiCaller;
import switchboard.application.guard.GuardRefusal;

/**
 * What the gateway's rate limits and Idempotency-Keys need from {@code sendMessage}: who calls
 * (a credential that may send; the controller refuses any other) and the status envelope that
 * words a refusal, with the HTTP status as its code (7005 for a bad key).
 */
@Singleton
public class CapillaryGuard {

    public static final String API = "capillary";

    private final CapillaryAuthenticator authenticator;

    public CapillaryGuard(CapillaryAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    public Optional<ApiCaller> caller(HttpRequest<?> request) {
        return authenticator.sendingCredential(request)
                .map(credential -> new ApiCaller(API, credential.tenantId(), credential.id().toString()));
    }

    public MutableHttpResponse<?> refuse(GuardRefusal refusal) {
        Fault fault = refusal instanceof GuardRefusal.TooManyRequests ? Fault.TOO_MANY_REQUESTS
                : refusal instanceof GuardRefusal.StillInFlight ? Fault.IN_PROGRESS
                : refusal instanceof GuardRefusal.KeyReused ? Fault.KEY_REUSED
                : Fault.INVALID_IDEMPOTENCY_KEY;
        return HttpResponse.status(HttpStatus.valueOf(refusal.status()))
                .body(SendMessageResponse.refused(fault, refusal.message()));
    }
}
