package switchboard.adapter.in.guard;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

import java.time.Duration;

/**
 * Headers on every answer of every API, refusals included: {@code X-Content-Type-Options: nosniff},
 * so that no browser reads an answer as another type than it says; and, on an answer over TLS,
 * {@code Strict-Transport-Security} for {@code switchboard.security.hsts-max-age} (none when zero).
 * Outermost of the filters, so that it sees the answers the others give themselves.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class SecurityHeaders implements Ordered {

    private final String strictTransportSecurity;

    public SecurityHeaders(@Value("${switchboard.security.hsts-max-age:365d}") Duration hstsMaxAge) {
        this.strictTransportSecurity = hstsMaxAge.isZero() || hstsMaxAge.isNegative() ? null
                : "max-age=" + hstsMaxAge.toSeconds();
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }

    @ResponseFilter
    public void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.header("X-Content-Type-Options", "nosniff");
        if (strictTransportSecurity != null && request.isSecure()) {
            response.header("Strict-Transport-Security", strictTransportSecurity);
        }
    }
}
