package switchboard.adapter.in.admin.security;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * Marks every answer of the Admin API and of {@code POST /login} as never to be stored by a cache
 * (RFC 6749 section 5.1 for tokens): outside the security filter, so that its refusals are marked too.
 */
@ServerFilter({"/api/**", "/login"})
public class NeverStored implements Ordered {

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }

    @ResponseFilter
    public void markNeverStored(MutableHttpResponse<?> response) {
        response.header(HttpHeaders.CACHE_CONTROL, "no-store");
        response.header(HttpHeaders.PRAGMA, "no-cache");
    }
}
