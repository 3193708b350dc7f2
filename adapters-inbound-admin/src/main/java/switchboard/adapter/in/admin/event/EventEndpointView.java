package switchboard.adapter.in.admin.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

import switchboard.application.event.EventEndpointState;
import switchboard.domain.event.EventEndpoint;
import switchboard.domain.event.EventType;

/**
 * An event endpoint as the Admin API shows it, never with its signing secret. {@code events} is
 * empty when it is sent every event; {@code pausedReason} and {@code failingSince} are absent
 * while it is not paused and nothing has failed.
 */
@Serdeable
public record EventEndpointView(String id, String url, @JsonInclude(JsonInclude.Include.ALWAYS) List<String> events,
                                String description, boolean maskRecipients, String state, String pausedReason, Instant failingSince,
                                long waiting, Instant createdAt) {

    static final String ACTIVE = "active";
    static final String PAUSED = "paused";

    /** The endpoint with its events in the order of {@link EventType}. */
    static EventEndpointView of(EventEndpointState found) {
        EventEndpoint endpoint = found.endpoint();
        return new EventEndpointView(endpoint.id().toString(), endpoint.url().toString(),
                endpoint.events().stream().sorted().map(EventType::wireName).toList(), endpoint.description(),
                endpoint.maskRecipients(), endpoint.isPaused() ? PAUSED : ACTIVE, endpoint.pausedReason().orElse(null),
                endpoint.failingSince().orElse(null), found.waiting(), endpoint.createdAt());
    }
}
