package switchboard.application.suppression;

import java.time.Instant;
import java.util.Objects;

import switchboard.domain.recipient.Recipient;

import static switchboard.domain.Invariants.require;

/**
 * An address not to be used again on its channel.
 *
 * @param reason what the provider said, e.g. "fcm UNREGISTERED"
 */
public record Suppression(Recipient recipient, String reason, Instant since) {

    public static final int MAX_REASON_LENGTH = 1000;

    public Suppression {
        Objects.requireNonNull(recipient, "recipient");
        require(reason != null && !reason.isBlank(), "a suppression says why");
        reason = reason.length() <= MAX_REASON_LENGTH ? reason : reason.substring(0, MAX_REASON_LENGTH);
        Objects.requireNonNull(since, "since");
    }
}
