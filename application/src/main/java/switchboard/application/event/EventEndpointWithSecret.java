package switchboard.application.event;

import java.util.Objects;

/** An endpoint and its signing secret, shown this once: when it is registered, and when its secret is rotated. */
public record EventEndpointWithSecret(EventEndpointState state, String secret) {

    public EventEndpointWithSecret {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(secret, "secret");
    }

    @Override
    public String toString() {
        return "EventEndpointWithSecret[state=" + state + ", secret=(hidden)]";
    }
}
