package switchboard.adapter.in.admin.event;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;

import java.net.URI;
import java.util.List;
import java.util.Set;

import switchboard.adapter.in.admin.Names;
import switchboard.domain.event.EventEndpoint;
import switchboard.domain.event.EventType;

/**
 * An event endpoint's settings: where its events are posted (http or https), which of them by
 * their wire names ({@code delivery.sent}; absent or empty for every event), a note for its admins, and
 * whether its events show recipients masked (absent: not masked).
 */
@Serdeable
public record EventEndpointBody(@NotBlank String url, @Nullable List<String> events, @Nullable String description,
                                @Nullable Boolean maskRecipients) {

    /** @throws switchboard.domain.InvalidValueException if the URL is not one events can be posted to */
    public URI target() {
        return EventEndpoint.url(url);
    }

    public boolean masksRecipients() {
        return Boolean.TRUE.equals(maskRecipients);
    }

    /** @throws switchboard.domain.InvalidValueException naming every name that is no event type's */
    public Set<EventType> eventTypes() {
        return Names.eventTypes(events);
    }
}
