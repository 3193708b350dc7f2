package switchboard.application.message.port;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import switchboard.application.dispatch.port.Lease;
import switchboard.domain.recipient.Recipient;
import switchboard.domain.tenant.TenantId;

/**
 * A send as it is handed to {@link MessageStore#store}: the recipients it reaches, and how it
 * makes its messages once the store has looked up which of them are suppressed, in the
 * transaction that stores those messages.
 *
 * @param recipients every recipient the send reaches, for the lookup of the suppressed ones; none skips the lookup
 * @param rows       about how many rows the send stores (a message and a delivery per recipient): what bounds a
 *                   group of sends stored together
 * @param composer   the messages to store without the suppressed recipients, and the send's answer; called again,
 *                   with a fresh lookup, if the transaction it was first made for did not commit
 * @param <T>        what the send makes of its stored messages: its answer
 */
public record SendToStore<T>(TenantId tenantId, List<Recipient> recipients, int rows,
                             Function<Set<Recipient>, Composition<T>> composer) {

    public SendToStore {
        Objects.requireNonNull(tenantId, "tenantId");
        recipients = List.copyOf(recipients);
        Objects.requireNonNull(composer, "composer");
    }

    /** The messages to store and the send's answer, given the suppressed among its recipients. */
    public Composition<T> compose(Set<Recipient> suppressed) {
        return composer.apply(suppressed);
    }

    /**
     * What a send stores, and its answer.
     *
     * @param messages the messages, each with its deliveries; none when nobody is to be reached
     * @param lease    the lease the deliveries already being sent (claimed by the caller to send at once) are stored under
     * @param answer   what the store hands back once the messages are durable
     */
    public record Composition<T>(List<NewMessage> messages, Optional<Lease> lease, T answer) {

        public Composition {
            messages = List.copyOf(messages);
            Objects.requireNonNull(lease, "lease");
        }
    }
}
