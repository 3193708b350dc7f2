package switchboard.adapter.in.console.security;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

import switchboard.adapter.in.console.ConsoleEnabled;

/**
 * The headers on every console answer: scripts, styles and images from the console itself only
 * (no inline script can run, whatever a page shows), no framing by another page, no referrer
 * leaving the console. A page that sets its own policy (a captured email's body) keeps it.
 */
@ServerFilter(ConsoleCookieTokenReader.PATH + "/**")
@Requires(property = ConsoleEnabled.PROPERTY, notEquals = "false")
public class SecurityHeaders {

    public static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";
    static final String CONSOLE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; frame-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    @ResponseFilter
    public void secure(MutableHttpResponse<?> response) {
        if (!response.getHeaders().contains(CONTENT_SECURITY_POLICY)) {
            response.header(CONTENT_SECURITY_POLICY, CONSOLE_POLICY);
            response.header("X-Frame-Options", "DENY");
        }
        response.header("Referrer-Policy", "no-referrer");
        response.header("X-Content-Type-Options", "nosniff");
        if (!response.getHeaders().contains("Cache-Control")) {
            response.header("Cache-Control", "no-store");
        }
    }
}
