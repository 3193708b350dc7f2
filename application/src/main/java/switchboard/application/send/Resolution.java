package switchboard.application.send;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import switchboard.application.send.RecipientOutcome.Reason;
import switchboard.domain.contact.Contact;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.recipient.Recipient;

/** What {@link RecipientResolver} makes of a recipient request: where it is reached, or why it is not. */
sealed interface Resolution {

    RecipientRequest request();

    /** Where the request is reached: none when it is refused. */
    List<Destination> destinations();

    /** The recipients the request reaches, for the lookup of the suppressed ones. */
    default List<Recipient> recipients() {
        return destinations().stream().map(Destination::recipient).toList();
    }

    /**
     * The resolution without the suppressed recipients. A request left with none is refused; a
     * scope just reaches fewer contacts.
     */
    Resolution withoutSuppressed(Set<Recipient> suppressed);

    /** What became of the request, given the delivery made for each destination. */
    RecipientOutcome outcome(Function<Destination, Delivery> delivery);

    /** A recipient a delivery goes to, and the contact it belongs to (null for an address given outright). */
    record Destination(Recipient recipient, Contact contact) {
        public Destination {
            Objects.requireNonNull(recipient, "recipient");
        }
    }

    /** The request is reached at these destinations; a scope may reach none. */
    record Reached(RecipientRequest request, List<Destination> destinations) implements Resolution {

        public Reached {
            Objects.requireNonNull(request, "request");
            destinations = List.copyOf(destinations);
        }

        @Override
        public Resolution withoutSuppressed(Set<Recipient> suppressed) {
            List<Destination> kept = destinations.stream().filter(each -> !suppressed.contains(each.recipient())).toList();
            if (kept.size() == destinations.size()) {
                return this;
            }
            if (kept.isEmpty() && !(request instanceof RecipientRequest.ToScope)) {
                return new Refused(request, Reason.SUPPRESSED, "the provider reported " + destinations.stream()
                        .map(each -> "'" + each.recipient().address().value() + "'").collect(Collectors.joining(", "))
                        + " gone; an admin can lift the suppression");
            }
            return new Reached(request, kept);
        }

        @Override
        public RecipientOutcome outcome(Function<Destination, Delivery> delivery) {
            return new RecipientOutcome.Accepted(request, destinations.stream().map(delivery).toList());
        }
    }

    /** The request reaches nobody, for the reason given. */
    record Refused(RecipientRequest request, Reason reason, String detail) implements Resolution {

        public Refused {
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }

        @Override
        public List<Destination> destinations() {
            return List.of();
        }

        @Override
        public Resolution withoutSuppressed(Set<Recipient> suppressed) {
            return this;
        }

        @Override
        public RecipientOutcome outcome(Function<Destination, Delivery> delivery) {
            return new RecipientOutcome.Rejected(request, reason, detail);
        }
    }
}
