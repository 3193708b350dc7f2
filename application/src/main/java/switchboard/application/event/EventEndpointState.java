package switchboard.application.event;

import java.util.Objects;

import switchboard.domain.event.EventEndpoint;

/** An endpoint with how many events wait for it. */
public record EventEndpointState(EventEndpoint endpoint, long waiting) {

    public EventEndpointState {
        Objects.requireNonNull(endpoint, "endpoint");
    }
}
