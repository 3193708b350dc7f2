package switchboard.application.send;

import java.util.List;
import java.util.Objects;

import switchboard.domain.delivery.Delivery;

/** What became of one recipient of a send. */
public sealed interface RecipientOutcome {

    RecipientRequest request();

    /** Deliveries were stored for the recipient (several for a contact with several push tokens). */
    record Accepted(RecipientRequest request, List<Delivery> deliveries) implements RecipientOutcome {
        public Accepted {
            Objects.requireNonNull(request, "request");
            deliveries = List.copyOf(deliveries);
        }
    }

    /** Nothing was stored for the recipient, for the reason given. */
    record Rejected(RecipientRequest request, Reason reason, String detail) implements RecipientOutcome {
        public Rejected {
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }

    enum Reason {
        /** The recipient names a contact the tenant does not have. */
        UNKNOWN_CONTACT,
        /** The contact's data holds no address for the channel. */
        NO_ADDRESS,
        /** The contact's data holds an address the channel cannot use. */
        INVALID_ADDRESS,
        /** Every address of the recipient was reported gone by its provider, and is not used again. */
        SUPPRESSED
    }
}
