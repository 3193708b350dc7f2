package switchboard.adapter.in.fliplet;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import switchboard.adapter.in.guard.GuardedApi;
import switchboard.application.guard.ApiCaller;
import switchboard.application.guard.GuardRefusal;

/**
 * What the gateway's rate limits and Idempotency-Keys need from Fliplet: who calls (the app
 * token's credential) and Fliplet's words for a refusal. Past the rate limit Fliplet answers 429
 * with {@code {message, referenceUrl, nextValidRequestDate}}; the other refusals take its
 * {@code {error, message}} shape.
 */
@Singleton
public class FlipletGuard implements GuardedApi {

    static final String TOO_MANY = "You've made too many attempts in a short period of time, please try again in a few seconds."
            + " Read more about rate limiting and how you may be affected by reading our documentation.";
    static final String REFERENCE_URL = "https://developers.fliplet.com/Rate-limiting-for-API.html";

    private final FlipletAuthenticator authenticator;
    private final Clock clock;

    public FlipletGuard(FlipletAuthenticator authenticator, Clock clock) {
        this.authenticator = authenticator;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "fliplet";
    }

    @Override
    public List<String> paths() {
        return List.of("/v1/communicate/**");
    }

    @Override
    public Optional<ApiCaller> caller(HttpRequest<?> request) {
        return authenticator.credential(request)
                .map(credential -> new ApiCaller(name(), credential.tenantId(), credential.id().toString()));
    }

    @Override
    public MutableHttpResponse<?> refuse(HttpRequest<?> request, GuardRefusal refusal) {
        if (refusal instanceof GuardRefusal.TooManyRequests tooMany) {
            return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                    .body(new RateLimited(TOO_MANY, REFERENCE_URL, nextValidRequest(tooMany)));
        }
        HttpStatus status = HttpStatus.valueOf(refusal.status());
        return FlipletError.response(status, status.getReason().toLowerCase(Locale.ROOT), refusal.message());
    }

    /** When the next request will be let through, to the millisecond as Fliplet writes it, rounded up. */
    private Instant nextValidRequest(GuardRefusal.TooManyRequests refusal) {
        return clock.instant().plus(refusal.delay()).plusNanos(999_999).truncatedTo(ChronoUnit.MILLIS);
    }

    /** Fliplet's answer past its rate limit. */
    @Serdeable
    public record RateLimited(String message, String referenceUrl, Instant nextValidRequestDate) {
    }
}
