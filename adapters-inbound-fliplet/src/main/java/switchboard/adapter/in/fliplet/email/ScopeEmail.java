package switchboard.adapter.in.fliplet.email;

import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;

/**
 * Fliplet's older email form: {@code data.title} and {@code data.message} go to every contact the
 * Sift-style {@code scope} matches, and with {@code pushNotification} a push goes to their devices.
 */
public record ScopeEmail(Data data, Map<String, Object> scope, PushNotification pushNotification) {

    @Serdeable
    public record Data(String title, String message) {
    }

    @Serdeable
    public record PushNotification(Payload payload) {
    }

    @Serdeable
    public record Payload(String title, String body) {
    }
}
