package switchboard.adapter.in.guard;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;

import java.util.List;
import java.util.Optional;

import switchboard.application.guard.ApiCaller;
import switchboard.application.guard.GuardRefusal;

/**
 * One API's part in the gateway's rate limits and Idempotency-Keys, and in its shutdown. Each dialect
 * module provides one as a bean; {@link RequestGuardFilter} and {@link RequestGate} find them all and
 * stand before the routes they serve.
 */
public interface GuardedApi {

    /** The API's name: its rate limits are {@code switchboard.rate-limits.<name>.*}, and its callers' {@link ApiCaller#api()}. */
    String name();

    /** The routes it serves, as Ant-style path patterns ({@code /send/**}, or one exact path). */
    List<String> paths();

    /**
     * Every route of the API, as Ant-style path patterns: while the gateway shuts down, {@link RequestGate}
     * refuses each in the API's words. By default the routes of {@link #paths()}.
     */
    default List<String> routes() {
        return paths();
    }

    /** Who calls; empty when the API's own authentication will refuse the request, which then passes untouched. */
    Optional<ApiCaller> caller(HttpRequest<?> request);

    /** The API's words for a refusal, with the refusal's status; the filter adds {@code Retry-After}. */
    MutableHttpResponse<?> refuse(HttpRequest<?> request, GuardRefusal refusal);
}
