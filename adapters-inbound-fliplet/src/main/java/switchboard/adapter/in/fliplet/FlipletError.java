package switchboard.adapter.in.fliplet;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Fliplet's error body, as its API answers an unknown token:
 * {@code {"error":"not authorised","message":"The auth_token provided doesn't belong to any user."}}.
 * Switchboard answers its other errors in the same shape.
 */
@Serdeable
public record FlipletError(String error, String message) {

    public static MutableHttpResponse<FlipletError> response(HttpStatus status, String error, String message) {
        return HttpResponse.status(status).body(new FlipletError(error, message));
    }

    public static MutableHttpResponse<FlipletError> badRequest(String message) {
        return response(HttpStatus.BAD_REQUEST, "bad request", message);
    }
}
