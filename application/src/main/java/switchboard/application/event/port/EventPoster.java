package switchboard.application.event.port;

import java.net.URI;
import java.util.List;

/** Posts events to the tenants' endpoints, signed. */
public interface EventPoster {

    /**
     * Posts one event, signed with each of the secrets; never throws for what the endpoint or the
     * network does, but says so in the result.
     */
    PostResult post(URI url, List<String> signingSecrets, QueuedEvent event);

    /**
     * @param status the endpoint's HTTP status, or 0 when it gave none
     * @param detail the start of its answer, or why there was none
     */
    record PostResult(boolean delivered, int status, long latencyMillis, String detail) {
    }
}
