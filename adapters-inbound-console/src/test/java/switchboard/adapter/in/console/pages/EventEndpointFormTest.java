package switchboard.adapter.in.console.pages;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import switchboard.domain.InvalidValueException;
import switchboard.domain.event.EventType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The registration form read as typed: a checkbox per event, none for every event, and the domain's rules for the URL. */
class EventEndpointFormTest {

    @Test
    void theTickedEventsTheUrlTheDescriptionAndTheMaskAreReadAsTyped() {
        EventEndpointForm form = EventEndpointForm.typed(Map.of("csrf", "token", "url", "  https://hooks.example.com/events ",
                "event.delivery.failed", "on", "event.message.accepted", "on", "description", " Ops <team> ",
                "maskRecipients", "on"));

        assertThat(form.target()).isEqualTo(URI.create("https://hooks.example.com/events"));
        assertThat(form.eventTypes()).containsExactlyInAnyOrder(EventType.MESSAGE_ACCEPTED, EventType.DELIVERY_FAILED);
        assertThat(form.description()).isEqualTo("Ops <team>");
        assertThat(form.maskRecipients()).isTrue();
        assertThat(form.choices()).hasSize(8).filteredOn(EventEndpointForm.Choice::ticked)
                .extracting(EventEndpointForm.Choice::event).containsExactly("message.accepted", "delivery.failed");
    }

    @Test
    void noEventTickedIsEveryEventAndAnUntickedMaskShowsRecipientsInFull() {
        EventEndpointForm form = EventEndpointForm.typed(Map.of("url", "http://hooks.example.com"));

        assertThat(form.eventTypes()).isEmpty();
        assertThat(form.maskRecipients()).isFalse();
        assertThat(form.description()).isEmpty();
    }

    @Test
    void theChoicesAreTheEightEventsInTheirDocumentedOrderWithFieldsAndIdsOfTheirOwn() {
        assertThat(EventEndpointForm.NEW.choices()).extracting(EventEndpointForm.Choice::event).containsExactly(
                "message.accepted", "delivery.sent", "delivery.delivered", "delivery.failed", "delivery.dead",
                "delivery.skipped", "delivery.cancelled", "delivery.captured");
        EventEndpointForm.Choice sent = EventEndpointForm.NEW.choices().get(1);
        assertThat(sent.field()).isEqualTo("event.delivery.sent");
        assertThat(sent.id()).isEqualTo("event-delivery-sent");
        assertThat(sent.ticked()).isFalse();
    }

    @Test
    void aNameThatIsNoEventIsRefusedByName() {
        EventEndpointForm form = EventEndpointForm.typed(Map.of("url", "https://hooks.example.com",
                "event.delivery.sent", "on", "event.delivery.teleported", "on"));

        assertThatThrownBy(form::eventTypes).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("not an event: delivery.teleported (the events are message.accepted,");
    }

    @Test
    void aUrlEventsCannotBePostedToIsRefusedWithTheDomainsReason() {
        for (Map.Entry<String, String> refused : Map.of(
                "", "url is required",
                "ftp://hooks.example.com/events", "url must be an http or https URL",
                "https://user:password@hooks.example.com", "url must not hold a user name or password",
                "https://hooks example.com", "url is not a valid URL").entrySet()) {
            assertThatThrownBy(() -> EventEndpointForm.typed(Map.of("url", refused.getKey())).target())
                    .as(refused.getKey()).isInstanceOf(InvalidValueException.class).hasMessageContaining(refused.getValue());
        }
    }

    @Test
    void theFormKeepsNoReferenceToTheTickedSetItWasGiven() {
        Set<String> ticked = new HashSet<>(Set.of("delivery.sent"));
        EventEndpointForm form = new EventEndpointForm("https://hooks.example.com", ticked, "", false);
        ticked.add("delivery.dead");
        assertThat(form.ticked()).containsExactly("delivery.sent");
    }
}
