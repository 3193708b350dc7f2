package switchboard.adapter.in.dripcel.sms;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.Locale;

import switchboard.domain.delivery.Delivery;
import switchboard.domain.message.Message;

/**
 * The {@code data} of {@code GET /send/sms/{customerId}}: where the SMS stands. {@code status}
 * is queued, sending, sent, delivered, failed, dead, captured (test mode, or no SMS provider
 * configured), cancelled or skipped (not a contact, with {@code skipNonContacts}); {@code error}
 * says why it failed or was skipped, when it was.
 */
@Serdeable
public record SmsStatus(String customerId, String status, String cell, boolean testMode,
                        @JsonProperty("campaign_id") String campaignId, Instant createdAt, Instant updatedAt,
                        String error) {

    /** The message's SMS delivery, its status in lower case. */
    public static SmsStatus of(Message message, Delivery sms) {
        return new SmsStatus(message.id().toString(), sms.status().name().toLowerCase(Locale.ROOT), sms.address().value(),
                message.testMode(), message.campaignId(), message.createdAt(), sms.updatedAt(), sms.lastError().orElse(null));
    }
}
