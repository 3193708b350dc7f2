package switchboard.adapter.out.provider.fcm;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;

import switchboard.application.dispatch.port.OutgoingPush;

/** The body of {@code messages:send}: {@code {"message":{"token","notification":{"title","body"},"data"}}}. */
@Serdeable
record FcmRequest(Message message) {

    static FcmRequest of(OutgoingPush push) {
        return new FcmRequest(new Message(push.token().value(), new Notification(push.title(), push.body()),
                push.data().isEmpty() ? null : push.data()));
    }

    /** The message as FCM counts it against its payload limit: without the token it is addressed to. */
    Message payload() {
        return new Message(null, message.notification(), message.data());
    }

    /** Absent fields (no title, no data) are left out rather than sent as null. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Message(String token, Notification notification, Map<String, String> data) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Notification(String title, String body) {
    }
}
