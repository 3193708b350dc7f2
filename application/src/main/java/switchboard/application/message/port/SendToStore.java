package switchboard.application.message.port;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import switchboard.application.dispatch.port.Lease;
import switchboard.domain.message.MessageId;
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
 * @param fixedIds   the ids its messages take, when they were fixed ahead because the send may repeat a request
 *                   whose answer was lost: if a message with one of them is stored, the earlier attempt stored
 *                   the send (all of it, in one transaction), and this one stores nothing
 * @param composer   given the suppressed recipients and whether an earlier attempt stored the send, the messages
 *                   to store (none after an earlier attempt) and the send's answer; called again, with a fresh
 *                   lookup, if the transaction it was first made for did not commit
 * @param traceContext the trace context the send is stored in (see {@code Tracing}), kept with its deliveries so that
 *                   their attempts join that trace; empty when none is recorded
 * @param <T>        what the send makes of its stored messages: its answer
 */
public record SendToStore<T>(TenantId tenantId, List<Recipient> recipients, int rows, List<MessageId> fixedIds,
                             BiFunction<Set<Recipient>, Boolean, Composition<T>> composer, Optional<String> traceContext) {

    public SendToStore {
        Objects.requireNonNull(tenantId, "tenantId");
        recipients = List.copyOf(recipients);
        fixedIds = List.copyOf(fixedIds);
        Objects.requireNonNull(composer, "composer");
        Objects.requireNonNull(traceContext, "traceContext");
    }

    /** A send whose message ids are new: nothing of it can have been stored before. */
    public SendToStore(TenantId tenantId, List<Recipient> recipients, int rows, Function<Set<Recipient>, Composition<T>> composer) {
        this(tenantId, recipients, rows, List.of(), (suppressed, storedBefore) -> composer.apply(suppressed), Optional.empty());
    }

    /** The send, stored in the trace context given. */
    public SendToStore<T> inTrace(Optional<String> context) {
        return new SendToStore<>(tenantId, recipients, rows, fixedIds, composer, context);
    }

    /** The messages to store and the send's answer, given the suppressed among its recipients. */
    public Composition<T> compose(Set<Recipient> suppressed, boolean storedBefore) {
        return composer.apply(suppressed, storedBefore);
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
