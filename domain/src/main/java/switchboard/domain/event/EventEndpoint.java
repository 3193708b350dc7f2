package switchboard.domain.event;

import static switchboard.domain.Invariants.require;
import static switchboard.domain.Invariants.requireNoNul;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import switchboard.domain.InvalidValueException;
import switchboard.domain.tenant.TenantId;

/**
 * A tenant's endpoint for its events: where they are posted, which of them, and whether posting is
 * paused (by the tenant, or by the gateway after the endpoint kept failing). Events are kept for a
 * paused endpoint and posted once it is resumed. Its signing secrets are kept apart, sealed.
 *
 * @param events         the events it is sent; all of them when empty
 * @param maskRecipients whether its events show the recipient masked ({@link Event#masked()})
 * @param pausedReason why posting is paused; empty while it is not
 * @param failingSince when the attempts that have failed since the last success began; empty while none has
 */
public record EventEndpoint(UUID id, TenantId tenantId, URI url, Set<EventType> events, String description,
                            boolean maskRecipients, Optional<String> pausedReason, Optional<Instant> failingSince, Instant createdAt) {

    public static final int MAX_URL_LENGTH = 2048;
    public static final int MAX_DESCRIPTION_LENGTH = 500;

    public EventEndpoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(url, "url");
        events = events.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(events));
        description = description == null ? "" : description;
        require(description.length() <= MAX_DESCRIPTION_LENGTH, "description is longer than %d characters",
                MAX_DESCRIPTION_LENGTH);
        requireNoNul(description, "description");
        Objects.requireNonNull(pausedReason, "pausedReason");
        Objects.requireNonNull(failingSince, "failingSince");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A URL events can be posted to: absolute, http or https, with a host and no user information. */
    public static URI url(String text) {
        require(text != null && !text.isBlank(), "url is required");
        require(text.length() <= MAX_URL_LENGTH, "url is longer than %d characters", MAX_URL_LENGTH);
        URI url;
        try {
            url = new URI(text);
        } catch (URISyntaxException e) {
            throw new InvalidValueException("url is not a valid URL: " + e.getReason());
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        require(scheme.equals("http") || scheme.equals("https"), "url must be an http or https URL");
        require(url.getHost() != null, "url must name a host");
        require(url.getUserInfo() == null, "url must not hold a user name or password");
        return url;
    }

    /** The event as this endpoint is shown it. */
    public Event shown(Event event) {
        return maskRecipients ? event.masked() : event;
    }

    /** Whether the endpoint is sent events of this type. */
    public boolean wants(EventType type) {
        return wants(events, type);
    }

    /** Whether an endpoint subscribed to these events (every event when there are none) wants one of this type. */
    public static boolean wants(Set<EventType> subscribed, EventType type) {
        return subscribed.isEmpty() || subscribed.contains(type);
    }

    public boolean isPaused() {
        return pausedReason.isPresent();
    }

    public EventEndpoint paused(String reason) {
        return new EventEndpoint(id, tenantId, url, events, description, maskRecipients, Optional.of(reason), failingSince,
                createdAt);
    }

    /** Posting again, with a clean record: the failures before the pause no longer count toward the next. */
    public EventEndpoint resumed() {
        return new EventEndpoint(id, tenantId, url, events, description, maskRecipients, Optional.empty(), Optional.empty(),
                createdAt);
    }

    public EventEndpoint changed(URI url, Set<EventType> events, String description, boolean maskRecipients) {
        return new EventEndpoint(id, tenantId, url, events, description, maskRecipients, pausedReason, failingSince, createdAt);
    }
}
