package switchboard.adapter.out.provider.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Locale;

import switchboard.application.event.port.QueuedEvent;
import switchboard.domain.event.Event;

/** The JSON an event is posted as ({@link StandardWebhookEventPoster} shows it); fields without a value are left out. */
@Serdeable
record EventPayload(String type, String timestamp, Data data) {

    static EventPayload of(QueuedEvent queued) {
        Event event = queued.event();
        String wireName = event.type().wireName();
        return new EventPayload(wireName, event.occurredAt().toString(), new Data(event.id().toString(),
                event.messageId().toString(), event.delivery().map(Object::toString).orElse(null),
                event.channel().map(channel -> channel.name().toLowerCase(Locale.ROOT)).orElse(null),
                event.recipient().orElse(null), queued.origin().orElse(null), queued.campaign().orElse(null),
                event.provider().orElse(null), event.providerRef().orElse(null),
                // The state the event reports: every wire name ends with it ("delivery.sent", "message.accepted").
                wireName.substring(wireName.lastIndexOf('.') + 1), event.error().orElse(null),
                event.delivery().isPresent() ? event.attempt() : null));
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Data(String eventId, String messageId, String deliveryId, String channel, String recipient, String api,
                String campaign, String provider, String providerId, String status, String error, Integer attempt) {
    }
}
