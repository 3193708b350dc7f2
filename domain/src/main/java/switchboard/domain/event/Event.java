package switchboard.domain.event;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import switchboard.domain.TimeOrderedIds;
import switchboard.domain.delivery.AttemptRecord;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.delivery.DeliveryId;
import switchboard.domain.message.Message;
import switchboard.domain.message.MessageId;
import switchboard.domain.recipient.Channel;
import switchboard.domain.tenant.TenantId;

/**
 * A change a tenant's event endpoints hear of, made in the transaction that stores the change. Its
 * id stays the same however often it is posted, so that a receiver can tell a repeat.
 *
 * @param delivery the delivery the event is about; empty for a message's
 * @param attempt  the delivery's attempt count then; 0 for a message's event
 */
public record Event(UUID id, EventType type, TenantId tenantId, MessageId messageId, Optional<DeliveryId> delivery,
                    Instant occurredAt, Optional<Channel> channel, Optional<String> recipient, int attempt,
                    Optional<String> error, Optional<String> provider, Optional<String> providerRef) {

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(providerRef, "providerRef");
    }

    /** The message was accepted: stored with its deliveries. */
    public static Event accepted(Message message) {
        return new Event(TimeOrderedIds.next(), EventType.MESSAGE_ACCEPTED, message.tenantId(), message.id(), Optional.empty(),
                message.createdAt(), Optional.empty(), Optional.empty(), 0, Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /**
     * The event with its recipient masked, enough for a person who knows the address to recognise
     * it and for no one else to learn it: an email address keeps its first character and its
     * domain ({@code a***@example.com}), a phone number its first four and last two characters
     * ({@code +141******00}), any other address its first two characters.
     */
    public Event masked() {
        return new Event(id, type, tenantId, messageId, delivery, occurredAt, channel, recipient.map(Event::mask), attempt, error,
                provider, providerRef);
    }

    private static String mask(String address) {
        int at = address.lastIndexOf('@');
        if (at > 0) {
            return address.charAt(0) + "***" + address.substring(at);
        }
        if (address.startsWith("+") && address.length() > 8) {
            return address.substring(0, 4) + "*".repeat(address.length() - 6) + address.substring(address.length() - 2);
        }
        return address.substring(0, Math.min(2, address.length())) + "***";
    }

    /**
     * The event of the delivery's move to where it is now, with what the history entry of the move
     * says of it (the provider, its error); none if the delivery's state makes none.
     */
    public static Optional<Event> of(Delivery delivery, Optional<AttemptRecord> entry) {
        return EventType.reporting(delivery.status()).map(type -> new Event(TimeOrderedIds.next(), type, delivery.tenantId(),
                delivery.messageId(), Optional.of(delivery.id()), delivery.updatedAt(), Optional.of(delivery.channel()),
                Optional.of(delivery.address().value()), delivery.attempts(),
                entry.flatMap(AttemptRecord::error).or(delivery::lastError), entry.flatMap(AttemptRecord::provider),
                entry.flatMap(AttemptRecord::providerRef).or(delivery::providerRef)));
    }
}
