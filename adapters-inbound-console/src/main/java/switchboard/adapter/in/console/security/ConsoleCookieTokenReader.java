package switchboard.adapter.in.console.security;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.token.reader.TokenReader;
import jakarta.inject.Singleton;

import java.util.Optional;

import switchboard.adapter.in.console.ConsoleEnabled;

/**
 * Reads the console's session token from its cookie, on the console's own paths only: the Admin
 * API keeps taking bearer tokens alone, so a browser's cookie never authorises an API call.
 */
@Singleton
@Requires(property = ConsoleEnabled.PROPERTY, notEquals = "false")
public class ConsoleCookieTokenReader implements TokenReader<HttpRequest<?>> {

    public static final String COOKIE = "switchboard_console";
    public static final String PATH = "/console";

    @Override
    public Optional<String> findToken(HttpRequest<?> request) {
        String path = request.getPath();
        if (!path.equals(PATH) && !path.startsWith(PATH + "/")) {
            return Optional.empty();
        }
        return request.getCookies().findCookie(COOKIE).map(Cookie::getValue).filter(value -> !value.isBlank());
    }
}
