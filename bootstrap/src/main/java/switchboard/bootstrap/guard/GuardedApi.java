package switchboard.bootstrap.guard;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import switchboard.application.guard.ApiCaller;
import switchboard.application.guard.GuardRefusal;

/**
 * One API's part in the guards: the routes it serves under {@code pathPrefix}, who calls (empty
 * when the API's own authentication will refuse the request) and its words for a refusal.
 */
record GuardedApi(String pathPrefix, Function<HttpRequest<?>, Optional<ApiCaller>> caller,
                  BiFunction<HttpRequest<?>, GuardRefusal, MutableHttpResponse<?>> refusal) {

    boolean serves(String path) {
        return path.startsWith(pathPrefix);
    }
}
