package switchboard.application.message;

import java.time.Instant;

import switchboard.domain.delivery.DeliveryId;
import switchboard.domain.message.MessageId;
import switchboard.domain.recipient.Channel;

/** A delivery kept instead of sent, with the content it would have carried. */
public record CapturedDelivery(DeliveryId deliveryId, MessageId messageId, Channel channel, String to, String subject,
                               String text, String html, Instant capturedAt) {
}
