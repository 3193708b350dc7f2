package switchboard.domain.delivery;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a delivery stands. A queued delivery waits for its time (a retry also waits here);
 * sending means a worker holds a lease on it; sent means a provider accepted it, delivered
 * that the provider confirmed it reached the recipient. Failed is a permanent refusal, dead
 * the end of the retries; captured deliveries were stored instead of sent (no provider, or
 * test mode).
 */
public enum DeliveryStatus {
    QUEUED, SENDING, SENT, DELIVERED, FAILED, DEAD, CAPTURED, CANCELLED;

    static {
        QUEUED.next = EnumSet.of(SENDING, CANCELLED);
        SENDING.next = EnumSet.of(SENDING, SENT, CAPTURED, FAILED, QUEUED, DEAD);
        SENT.next = EnumSet.of(DELIVERED, FAILED);
        DEAD.next = EnumSet.of(QUEUED);
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

    /** No worker will touch the delivery again on its own. */
    public boolean isFinal() {
        return this != QUEUED && this != SENDING;
    }
}
