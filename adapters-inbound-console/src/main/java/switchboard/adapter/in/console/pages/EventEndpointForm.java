package switchboard.adapter.in.console.pages;

import java.net.URI;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import switchboard.domain.InvalidValueException;
import switchboard.domain.event.EventEndpoint;
import switchboard.domain.event.EventType;

/**
 * The form that registers an event endpoint, as typed: its URL, the events ticked (a checkbox
 * each, named {@code event.<wire name>}; none ticked means every event), a description and
 * whether recipients are masked. Read by the domain's own rules: {@link EventEndpoint#url} checks
 * the URL, {@link EventType#named} the events.
 */
public record EventEndpointForm(String url, Set<String> ticked, String description, boolean maskRecipients) {

    /** A checkbox's field name is this prefix and the event's wire name. */
    static final String EVENT_FIELD = "event.";
    static final String MASK_FIELD = "maskRecipients";

    /** The empty form. */
    static final EventEndpointForm NEW = new EventEndpointForm("", Set.of(), "", false);

    public EventEndpointForm {
        ticked = Set.copyOf(ticked);
    }

    /** The form's fields as the browser sent them; nothing is checked yet. */
    static EventEndpointForm typed(Map<String, String> form) {
        Set<String> ticked = form.keySet().stream().filter(field -> field.startsWith(EVENT_FIELD))
                .map(field -> field.substring(EVENT_FIELD.length())).collect(Collectors.toSet());
        return new EventEndpointForm(form.getOrDefault("url", "").strip(), ticked, form.getOrDefault("description", "").strip(),
                form.containsKey(MASK_FIELD));
    }

    /** @throws InvalidValueException if the URL is not one events can be posted to */
    URI target() {
        return EventEndpoint.url(url);
    }

    /** The events ticked; none for every event. @throws InvalidValueException naming those that are no event's */
    Set<EventType> eventTypes() {
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        Set<String> unknown = new TreeSet<>();
        ticked.forEach(name -> EventType.named(name).ifPresentOrElse(types::add, () -> unknown.add(name)));
        if (!unknown.isEmpty()) {
            throw new InvalidValueException("not an event: " + String.join(", ", unknown) + " (the events are "
                    + Arrays.stream(EventType.values()).map(EventType::wireName).collect(Collectors.joining(", ")) + ")");
        }
        return types;
    }

    /** A checkbox per event, in the order the events are documented, ticked as typed. */
    public List<Choice> choices() {
        return Arrays.stream(EventType.values()).map(type -> new Choice(type.wireName(), ticked.contains(type.wireName()))).toList();
    }

    public String maskField() {
        return MASK_FIELD;
    }

    /** An event's checkbox. */
    public record Choice(String event, boolean ticked) {

        public String field() {
            return EVENT_FIELD + event;
        }

        public String id() {
            return "event-" + event.replace('.', '-');
        }
    }
}
