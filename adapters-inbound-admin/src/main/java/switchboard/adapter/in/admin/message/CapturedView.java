package switchboard.adapter.in.admin.message;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** A delivery kept instead of sent; {@code body} is its text, or its HTML when it has no text. */
@Serdeable
public record CapturedView(String deliveryId, String messageId, String channel, String to, String subject, String body,
                           String html, Instant capturedAt) {
}
