package switchboard.adapter.in.console.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;

import java.time.Duration;

/**
 * The console's cookies: HttpOnly (no script reads them), SameSite=Strict (no other site's page
 * sends them), Secure when the console is served over TLS, and sent back on the console's paths only.
 */
final class SessionCookie {

    private SessionCookie() {
    }

    static <T> MutableHttpResponse<T> set(MutableHttpResponse<T> response, String name, String value, String path,
                                          Duration maxAge, HttpRequest<?> request) {
        return response.cookie(Cookie.of(name, value).path(path).httpOnly(true).sameSite(SameSite.Strict)
                .secure(request.isSecure()).maxAge(maxAge));
    }

    static <T> MutableHttpResponse<T> cleared(MutableHttpResponse<T> response, HttpRequest<?> request) {
        return set(response, ConsoleCookieTokenReader.COOKIE, "", ConsoleCookieTokenReader.PATH, Duration.ZERO, request);
    }
}
