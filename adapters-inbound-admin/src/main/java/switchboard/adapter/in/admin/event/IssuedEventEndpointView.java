package switchboard.adapter.in.admin.event;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.micronaut.serde.annotation.Serdeable;

import switchboard.application.event.EventEndpointWithSecret;

/**
 * An endpoint with its new signing secret, the answer to its creation and to a rotation only: the
 * endpoint's fields, and {@code secret} beside them.
 */
@Serdeable
public record IssuedEventEndpointView(@JsonUnwrapped EventEndpointView endpoint, String secret) {

    static IssuedEventEndpointView of(EventEndpointWithSecret issued) {
        return new IssuedEventEndpointView(EventEndpointView.of(issued.state()), issued.secret());
    }

    /** Without the secret, which a log line must never hold. */
    @Override
    public String toString() {
        return "IssuedEventEndpointView[" + endpoint + ", secret=(hidden)]";
    }
}
