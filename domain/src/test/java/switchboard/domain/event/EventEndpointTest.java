package switchboard.domain.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import switchboard.domain.InvalidValueException;
import switchboard.domain.delivery.DeliveryStatus;
import switchboard.domain.message.MessageId;
import switchboard.domain.recipient.Channel;
import switchboard.domain.tenant.TenantId;

class EventEndpointTest {

    @Test
    void takesOnlyAbsoluteHttpUrlsWithAHostAndNoCredentials() {
        assertThat(EventEndpoint.url("https://hooks.example.com/switchboard?x=1")).hasHost("hooks.example.com");
        assertThat(EventEndpoint.url("http://hooks.example.com:8080/")).hasPort(8080);
        assertThatThrownBy(() -> EventEndpoint.url("ftp://hooks.example.com/")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("http or https");
        assertThatThrownBy(() -> EventEndpoint.url("/relative")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> EventEndpoint.url("https://user:pw@hooks.example.com/")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("user name or password");
        assertThatThrownBy(() -> EventEndpoint.url("https://hooks example.com/")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("not a valid URL");
        assertThatThrownBy(() -> EventEndpoint.url("https://h.example.com/" + "a".repeat(EventEndpoint.MAX_URL_LENGTH)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("longer than");
    }

    @Test
    void wantsEveryEventWhenItNamesNone() {
        EventEndpoint all = endpoint(Set.of());
        EventEndpoint some = endpoint(Set.of(EventType.DELIVERY_DELIVERED));

        assertThat(EventType.values()).allMatch(all::wants);
        assertThat(some.wants(EventType.DELIVERY_DELIVERED)).isTrue();
        assertThat(some.wants(EventType.DELIVERY_SENT)).isFalse();
    }

    @Test
    void resumingClearsThePauseAndTheFailures() {
        EventEndpoint failing = new EventEndpoint(UUID.randomUUID(), new TenantId("acme"), URI.create("https://h.example.com/"),
                Set.of(), "", false, Optional.empty(), Optional.of(Instant.EPOCH), Instant.EPOCH);

        EventEndpoint paused = failing.paused("paused by the gateway");
        assertThat(paused.isPaused()).isTrue();
        assertThat(paused.resumed().isPaused()).isFalse();
        assertThat(paused.resumed().failingSince()).isEmpty();
    }

    @Test
    void everyEndOfADeliveryMakesAnEventAndWaitingMakesNone() {
        assertThat(EventType.reporting(DeliveryStatus.QUEUED)).isEmpty();
        assertThat(EventType.reporting(DeliveryStatus.SENDING)).isEmpty();
        assertThat(EventType.reporting(DeliveryStatus.SKIPPED)).contains(EventType.DELIVERY_SKIPPED);
        assertThat(EventType.reporting(DeliveryStatus.DELIVERED)).contains(EventType.DELIVERY_DELIVERED);
        assertThat(EventType.named("delivery.dead")).contains(EventType.DELIVERY_DEAD);
        assertThat(EventType.named("delivery.unknown")).isEmpty();
    }

    @Test
    void aMaskingEndpointIsShownRecipientsMasked() {
        EventEndpoint masking = new EventEndpoint(UUID.randomUUID(), new TenantId("acme"), URI.create("https://h.example.com/"),
                Set.of(), "", true, Optional.empty(), Optional.empty(), Instant.EPOCH);

        assertThat(masking.shown(sentTo("ann.lee@example.com")).recipient()).contains("a***@example.com");
        assertThat(masking.shown(sentTo("+14155550100")).recipient()).contains("+141******00");
        assertThat(masking.shown(sentTo("user-42")).recipient()).contains("us***");
        assertThat(masking.shown(sentTo("x")).recipient()).contains("x***");
        assertThat(endpoint(Set.of()).shown(sentTo("ann.lee@example.com")).recipient()).contains("ann.lee@example.com");
    }

    private static Event sentTo(String address) {
        return new Event(UUID.randomUUID(), EventType.DELIVERY_SENT, new TenantId("acme"), MessageId.generate(), Optional.empty(),
                Instant.EPOCH, Optional.of(Channel.EMAIL), Optional.of(address), 1, Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    private static EventEndpoint endpoint(Set<EventType> events) {
        return new EventEndpoint(UUID.randomUUID(), new TenantId("acme"), URI.create("https://h.example.com/"), events, null,
                false, Optional.empty(), Optional.empty(), Instant.EPOCH);
    }
}
