package switchboard.domain.delivery;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a delivery stands. A queued delivery waits for its time (a retry also waits here);
 * sending means a worker holds a lease on it; sent means a provider accepted it, delivered
 * that the provider confirmed it reached the recipient. Failed is a permanent refusal, dead
 * the end of the retries; captured deliveries were stored instead of sent (no provider, or
 * test mode). Skipped deliveries were never to be sent: the send passed their recipient over, as
 * its caller asked (not a contact, or an address reported gone), and keeps them to say so.
 */
public enum DeliveryStatus {
    QUEUED, SENDING, SENT, DELIVERED, FAILED, DEAD, CAPTURED, CANCELLED, SKIPPED;

    static {
        // A provider's report may reach a delivery the gateway is still retrying (an attempt that
        // timed out had in fact gone through), or one that is being sent: what the provider saw wins.
        QUEUED.next = EnumSet.of(SENDING, CANCELLED, SENT, DELIVERED, FAILED);
        SENDING.next = EnumSet.of(SENDING, SENT, CAPTURED, FAILED, QUEUED, DEAD, DELIVERED);
        SENT.next = EnumSet.of(DELIVERED, FAILED);
        DEAD.next = EnumSet.of(QUEUED, SENT, DELIVERED, FAILED);
        for (DeliveryStatus status : values()) {
            if (status.next == null) {
                status.next = EnumSet.noneOf(DeliveryStatus.class);
            }
        }
    }

    private Set<DeliveryStatus> next;

    public boolean canMoveTo(DeliveryStatus target) {
        return next.contains(target);
    }

    /** Whether a provider's report on a message it accepted can still change the delivery. */
    public boolean hearsReports() {
        return this == QUEUED || this == SENDING || this == SENT || this == DEAD;
    }

    /**
     * Whether a delivery in this state keeps the caller's sealed credentials: until it is sent,
     * while its provider may still report on it, and while dead (an admin may replay it).
     */
    public boolean keepsCredentials() {
        return !isFinal() || this == SENT || this == DEAD;
    }

    /** No worker will touch the delivery again on its own. */
    public boolean isFinal() {
        return this != QUEUED && this != SENDING;
    }
}
