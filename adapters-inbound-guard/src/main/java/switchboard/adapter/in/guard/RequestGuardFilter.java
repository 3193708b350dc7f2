package switchboard.adapter.in.guard;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ConditionalFilter;
import io.micronaut.http.filter.FilterContinuation;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import switchboard.application.guard.ApiCaller;
import switchboard.application.guard.CheckRateLimitUseCase;
import switchboard.application.guard.ClaimIdempotencyKeyUseCase;
import switchboard.application.guard.CompleteIdempotentRequestUseCase;
import switchboard.application.guard.GuardRefusal;
import switchboard.application.guard.IdempotencyClaim;
import switchboard.application.guard.IdempotentRequest;
import switchboard.application.guard.RecordedResponse;
import switchboard.application.guard.ReleaseIdempotencyKeyUseCase;
import switchboard.domain.InvalidValueException;

/**
 * The rate limits and Idempotency-Keys of every API, in one place. It runs after the security
 * filter (and Dripcel's key filter), asks the API who calls, counts the request against the
 * caller's limits, and, for a POST with an {@code Idempotency-Key}, claims the key: a repeat of an
 * answered request gets the recorded answer again (with {@code Idempotency-Replay: true}), and
 * the answer of a request it lets through is recorded, unless it is a 5xx, which releases the key
 * so that a repeat runs again. A caller the API will refuse (no or a bad credential) passes
 * untouched, to be refused in the API's own words; so does every request without the header,
 * which pays for the rate limit check only. Refusals are in the API's shape, with
 * {@code Retry-After} where waiting helps.
 *
 * <p>The APIs are the {@link GuardedApi} beans the dialect modules provide. The filter matches
 * every path, and is enabled only for a request one of them serves: any other request skips it
 * before its body is read.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class RequestGuardFilter implements Ordered, ConditionalFilter {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String IDEMPOTENCY_REPLAY = "Idempotency-Replay";

    private final GuardedApis apis;
    private final CheckRateLimitUseCase rateLimits;
    private final ClaimIdempotencyKeyUseCase claimKey;
    private final CompleteIdempotentRequestUseCase completeRequest;
    private final ReleaseIdempotencyKeyUseCase releaseKey;
    private final JsonMapper json;

    RequestGuardFilter(List<GuardedApi> apis, CheckRateLimitUseCase rateLimits, ClaimIdempotencyKeyUseCase claimKey,
                       CompleteIdempotentRequestUseCase completeRequest, ReleaseIdempotencyKeyUseCase releaseKey,
                       JsonMapper json) {
        this.apis = new GuardedApis(apis);
        this.rateLimits = rateLimits;
        this.claimKey = claimKey;
        this.completeRequest = completeRequest;
        this.releaseKey = releaseKey;
        this.json = json;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @Override
    public boolean isEnabled(HttpRequest<?> request) {
        return apis.serving(request.getPath()).isPresent();
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    public MutableHttpResponse<?> guard(HttpRequest<?> request, @Nullable @Body byte[] body,
                                        FilterContinuation<MutableHttpResponse<?>> chain) {
        Optional<GuardedApi> api = apis.serving(request.getPath());
        Optional<ApiCaller> caller = api.flatMap(served -> served.caller(request));
        if (caller.isEmpty()) {
            return chain.proceed();
        }
        Optional<GuardRefusal> limited = rateLimits.check(caller.get());
        if (limited.isPresent()) {
            return refuse(api.get(), request, limited.get());
        }
        String key = request.getHeaders().get(IDEMPOTENCY_KEY);
        if (key == null || request.getMethod() != HttpMethod.POST) {
            return chain.proceed();
        }
        IdempotencyClaim claim;
        try {
            claim = claimKey.claim(new IdempotentRequest(caller.get(), key,
                    request.getMethodName() + " " + request.getUri(), body));
        } catch (InvalidValueException e) {
            return refuse(api.get(), request, new GuardRefusal.InvalidKey(e.getMessage()));
        }
        if (claim instanceof IdempotencyClaim.Refused refused) {
            return refuse(api.get(), request, refused.refusal());
        }
        if (claim instanceof IdempotencyClaim.Replay replay) {
            return replay(replay.response());
        }
        request.setAttribute(IdempotentSends.GRANTED_CLAIM, claim);
        return answerAndRecord((IdempotencyClaim.Granted) claim, chain);
    }

    private MutableHttpResponse<?> answerAndRecord(IdempotencyClaim.Granted claim, FilterContinuation<MutableHttpResponse<?>> chain) {
        MutableHttpResponse<?> response;
        try {
            response = chain.proceed();
        } catch (RuntimeException e) {
            releaseKey.release(claim);
            throw e;
        }
        if (response.code() >= HttpStatus.INTERNAL_SERVER_ERROR.getCode()) {
            releaseKey.release(claim);
        } else {
            completeRequest.complete(claim, recorded(response));
        }
        return response;
    }

    private RecordedResponse recorded(MutableHttpResponse<?> response) {
        String contentType = response.getContentType().orElse(MediaType.APPLICATION_JSON_TYPE).toString();
        return new RecordedResponse(response.code(), contentType, response.getBody().map(this::bytes).orElse(new byte[0]));
    }

    private byte[] bytes(Object body) {
        if (body instanceof byte[] raw) {
            return raw;
        }
        if (body instanceof CharSequence text) {
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }
        try {
            return json.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException("could not record the answer to replay it", e);
        }
    }

    private static MutableHttpResponse<?> replay(RecordedResponse recorded) {
        return HttpResponse.status(HttpStatus.valueOf(recorded.status())).body(recorded.body())
                .contentType(recorded.contentType()).header(IDEMPOTENCY_REPLAY, "true");
    }

    /** The API's refusal with {@code Retry-After} where the refusal has one. */
    static MutableHttpResponse<?> refuse(GuardedApi api, HttpRequest<?> request, GuardRefusal refusal) {
        MutableHttpResponse<?> response = api.refuse(request, refusal);
        refusal.retryAfter().ifPresent(wait -> response.header(HttpHeaders.RETRY_AFTER,
                String.valueOf(GuardRefusal.wholeSeconds(wait))));
        return response;
    }
}
