package switchboard.application.event.port;

import java.net.URI;
import java.util.List;

/** Posts events to the tenants' endpoints, signed. */
public interface EventPoster {

    /**
     * What posts to the endpoint at the URL, signing each post with each of the secrets: made once
     * for a round of posts, so that the secrets are read once rather than for every event.
     */
    EndpointPoster to(URI url, List<String> signingSecrets);

    /** Posts to one endpoint. */
    @FunctionalInterface
    interface EndpointPoster {

        /** Posts one event; never throws for what the endpoint or the network does, but says so in the result. */
        PostResult post(QueuedEvent event);
    }

    /**
     * @param status the endpoint's HTTP status, or 0 when it gave none
     * @param detail the start of its answer, or why there was none
     */
    record PostResult(boolean delivered, int status, long latencyMillis, String detail) {
    }
}
