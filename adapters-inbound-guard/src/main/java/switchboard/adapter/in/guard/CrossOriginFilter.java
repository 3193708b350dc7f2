package switchboard.adapter.in.guard;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.cors.CorsFilter;

/**
 * CORS, per API ({@link CrossOriginPolicy}), in place of Micronaut's own CORS filter, which has one
 * set of origins for every route (where each API here has browser clients of its own, or none) and
 * refuses every foreign origin while the server's host is localhost.
 * <ul>
 *     <li>A preflight ({@code OPTIONS} with {@code Access-Control-Request-Method}) is answered here,
 *     before any authentication: 200 with the allowed method and headers for an allowed origin,
 *     403 without them for any other.</li>
 *     <li>The answer to a request from an allowed origin names the origin in
 *     {@code Access-Control-Allow-Origin} and exposes the headers clients read; an answer to any
 *     other origin carries no CORS header, so the browser keeps it from the page.</li>
 * </ul>
 * No origin is allowed unless configured. Credentials are headers the page sets (tokens, keys),
 * never cookies, so {@code Access-Control-Allow-Credentials} is not sent.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Replaces(CorsFilter.class)
public class CrossOriginFilter implements Ordered {

    static final String ALLOWED_METHODS = "GET, POST, PUT, DELETE";
    static final String EXPOSED_HEADERS = "Retry-After, Idempotency-Replay, Location";
    /** How long a browser may keep a preflight's answer, in seconds. */
    static final String MAX_AGE = "600";

    private final CrossOriginPolicies policies;

    public CrossOriginFilter(CrossOriginPolicies policies) {
        this.policies = policies;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.after();
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> preflight(HttpRequest<?> request) {
        String origin = request.getHeaders().get(HttpHeaders.ORIGIN);
        String method = request.getHeaders().get(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
        if (origin == null || method == null || request.getMethod() != HttpMethod.OPTIONS) {
            return null;
        }
        if (!policies.allow(request.getPath(), origin)) {
            return HttpResponse.status(HttpStatus.FORBIDDEN);
        }
        MutableHttpResponse<?> response = HttpResponse.ok()
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin)
                .header(HttpHeaders.VARY, HttpHeaders.ORIGIN)
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, ALLOWED_METHODS)
                .header(HttpHeaders.ACCESS_CONTROL_MAX_AGE, MAX_AGE);
        String headers = request.getHeaders().get(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS);
        if (headers != null) {
            // Any header a client sends is allowed: each API checks its own credentials whatever they are.
            response.header(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, headers);
        }
        return response;
    }

    @ResponseFilter
    public void allowOrigin(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String origin = request.getHeaders().get(HttpHeaders.ORIGIN);
        if (origin == null || response.getHeaders().contains(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)) {
            return;
        }
        response.header(HttpHeaders.VARY, HttpHeaders.ORIGIN);
        if (policies.allow(request.getPath(), origin)) {
            response.header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin)
                    .header(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED_HEADERS);
        }
    }
}
