package switchboard.application.dispatch.port;

import switchboard.domain.delivery.AttemptRecord;
import switchboard.domain.delivery.AttemptResult;
import switchboard.domain.delivery.Delivery;

/** What an attempt at a delivery, or a provider's later report on it, came to, as the gateway's metrics count it. */
public enum DeliveryOutcome {
    /** The provider took it. */
    SENT,
    /** The provider reported that it reached the recipient. */
    DELIVERED,
    /** Refused for good, by the provider or in its later report. */
    FAILED,
    /** Failed for now: queued again for a later attempt. */
    RETRIED,
    /** Failed for now on its last attempt: no more attempts. */
    DEAD,
    /** Kept instead of sent: no provider or account for its channel, or a test message. */
    CAPTURED,
    /** Refused for good because the address is gone: the delivery failed and the address is suppressed. */
    SUPPRESSED;

    /** The outcome of an attempt that gave {@code result} and left the delivery as {@code after}. */
    public static DeliveryOutcome of(AttemptResult result, Delivery after) {
        return switch (AttemptRecord.Outcome.of(result, after)) {
            case SENT -> SENT;
            case CAPTURED -> CAPTURED;
            case SUPPRESSED -> SUPPRESSED;
            case FAILED -> FAILED;
            case RETRYING -> RETRIED;
            case DEAD -> DEAD;
            case DELIVERED, READ, UNDELIVERED -> throw new IllegalStateException("a report's outcome, not an attempt's");
        };
    }
}
