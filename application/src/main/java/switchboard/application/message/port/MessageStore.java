package switchboard.application.message.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import switchboard.application.message.CapturedDelivery;
import switchboard.application.message.MessageFilter;
import switchboard.application.message.MessageRecord;
import switchboard.application.message.MessageSummary;
import switchboard.application.shared.PageRequest;
import switchboard.domain.message.MessageId;
import switchboard.domain.recipient.Channel;
import switchboard.domain.tenant.TenantId;

/** Accepted messages and their deliveries: the outbox the dispatch workers drain. */
public interface MessageStore {

    /**
     * Stores a send: looks up which of its recipients are suppressed, has it compose its messages
     * without them, and stores those with their deliveries, all in one transaction, which may hold
     * other sends made at the same time (group commit). Returns the send's answer only once its
     * rows are durable; a send whose transaction fails gets the exception and nothing of it is
     * stored.
     */
    <T> T store(SendToStore<T> send);

    Optional<MessageRecord> find(TenantId tenantId, MessageId id);

    /** The tenant's messages that pass the filter, newest first. */
    List<MessageSummary> list(TenantId tenantId, MessageFilter filter, PageRequest page);

    /** Captured deliveries, newest first, of one channel or of all. */
    List<CapturedDelivery> listCaptured(TenantId tenantId, Optional<Channel> channel, PageRequest page);

    /**
     * Cancels the message's deliveries that are still waiting in the queue (scheduled, or
     * waiting to retry); those being sent or done are left as they are.
     *
     * @return how many were cancelled, or empty if the tenant has no such message
     */
    Optional<Integer> cancelQueued(TenantId tenantId, MessageId id, Instant now);
}
