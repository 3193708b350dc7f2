package switchboard.domain.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import switchboard.domain.message.Content;
import switchboard.domain.message.Message;
import switchboard.domain.message.MessageId;
import switchboard.domain.recipient.Address;
import switchboard.domain.recipient.Channel;
import switchboard.domain.recipient.Recipient;
import switchboard.domain.tenant.TenantId;

import static switchboard.domain.Invariants.require;

/**
 * One message on its way to one address over one channel: the unit that is queued, sent,
 * retried and tracked. Immutable: every transition returns the delivery in its new state and
 * refuses moves its status does not allow.
 */
public final class Delivery {

    private final DeliveryId id;
    private final MessageId messageId;
    private final TenantId tenantId;
    private final Recipient recipient;
    private final Content content;
    private final SealedCredentials credentials;
    private final DeliveryStatus status;
    private final int attempts;
    private final Instant notBefore;
    private final String lastError;
    private final String providerRef;
    private final Instant updatedAt;

    private Delivery(DeliveryId id, MessageId messageId, TenantId tenantId, Recipient recipient, Content content,
                     SealedCredentials credentials, DeliveryStatus status, int attempts, Instant notBefore,
                     String lastError, String providerRef, Instant updatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.messageId = Objects.requireNonNull(messageId, "messageId");
        this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.content = content;
        this.status = Objects.requireNonNull(status, "status");
        require(credentials == null || status.keepsCredentials(), "a delivery that has ended keeps no credentials");
        this.credentials = credentials;
        require(attempts >= 0, "attempts must not be negative");
        this.attempts = attempts;
        this.notBefore = Objects.requireNonNull(notBefore, "notBefore");
        this.lastError = lastError;
        this.providerRef = providerRef;
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A new delivery of the message's content, waiting to be sent at {@code notBefore} or later. */
    public static Delivery queue(MessageId messageId, TenantId tenantId, Recipient recipient, Instant notBefore,
                                 Instant now) {
        return queue(messageId, tenantId, recipient, null, notBefore, now);
    }

    /**
     * A new delivery, waiting to be sent at {@code notBefore} or later.
     *
     * @param content what this recipient is sent, when it is not the message's content (a template
     *                filled in for them, or what a channel says instead); null for the message's
     */
    public static Delivery queue(MessageId messageId, TenantId tenantId, Recipient recipient, Content content,
                                 Instant notBefore, Instant now) {
        return queue(DeliveryId.random(), messageId, tenantId, recipient, content, notBefore, now);
    }

    /** A new delivery with the id given, waiting to be sent at {@code notBefore} or later. */
    public static Delivery queue(DeliveryId id, MessageId messageId, TenantId tenantId, Recipient recipient, Content content,
                                 Instant notBefore, Instant now) {
        return new Delivery(id, messageId, tenantId, recipient, content, null, DeliveryStatus.QUEUED, 0, notBefore, null,
                null, now);
    }

    /**
     * A delivery that is never sent: its recipient was passed over at the send, for the reason
     * given, and the delivery records that it was.
     */
    public static Delivery skipped(DeliveryId id, MessageId messageId, TenantId tenantId, Recipient recipient, String reason,
                                   Instant now) {
        return new Delivery(id, messageId, tenantId, recipient, null, null, DeliveryStatus.SKIPPED, 0, now,
                Objects.requireNonNull(reason, "reason"), null, now);
    }

    /** A delivery as it was stored, in whatever state it had reached. */
    public static Delivery restore(DeliveryId id, MessageId messageId, TenantId tenantId, Recipient recipient,
                                   Content content, SealedCredentials credentials, DeliveryStatus status, int attempts,
                                   Instant notBefore, String lastError, String providerRef, Instant updatedAt) {
        return new Delivery(id, messageId, tenantId, recipient, content, credentials, status, attempts, notBefore, lastError,
                providerRef, updatedAt);
    }

    /**
     * The delivery, to be sent with the caller's own provider account rather than the gateway's.
     * The credentials are kept only while the delivery may need them (see {@link
     * DeliveryStatus#keepsCredentials}).
     */
    public Delivery withCredentials(SealedCredentials sealed) {
        require(status == DeliveryStatus.QUEUED, "credentials are given to a delivery before it is sent");
        return new Delivery(id, messageId, tenantId, recipient, content, Objects.requireNonNull(sealed, "sealed"), status,
                attempts, notBefore, lastError, providerRef, updatedAt);
    }

    /** Taken by a worker for an attempt: a queued delivery that is due, or one whose worker's lease ran out. */
    public Delivery claim(Instant now) {
        require(status == DeliveryStatus.SENDING || !notBefore.isAfter(now), "delivery %s is not due before %s", id, notBefore);
        return moveTo(DeliveryStatus.SENDING, attempts + 1, notBefore, lastError, providerRef, now);
    }

    /**
     * A claimed delivery its worker gives back without attempting it (the worker is stopping): queued
     * again, due as it was, and its claim no longer counts as an attempt.
     */
    public Delivery handBack(Instant now) {
        require(status == DeliveryStatus.SENDING, "delivery %s is not claimed", id);
        return moveTo(DeliveryStatus.QUEUED, Math.max(0, attempts - 1), notBefore, lastError, providerRef, now);
    }

    /**
     * The state after the attempt that this worker made. A failure for now goes back to the
     * queue with a backoff, unless it was the last attempt the policy allows.
     *
     * @param random a number in [0, 1) for the backoff's jitter
     */
    public Delivery afterAttempt(AttemptResult result, Instant now, RetryPolicy policy, double random) {
        require(status == DeliveryStatus.SENDING, "delivery %s is %s, not being sent", id, status);
        if (result instanceof AttemptResult.Sent sent) {
            return moveTo(DeliveryStatus.SENT, attempts, notBefore, null, sent.providerRef(), now);
        }
        if (result instanceof AttemptResult.Captured) {
            return moveTo(DeliveryStatus.CAPTURED, attempts, notBefore, null, providerRef, now);
        }
        if (result instanceof AttemptResult.Rejected rejected) {
            return moveTo(DeliveryStatus.FAILED, attempts, notBefore, rejected.error(), providerRef, now);
        }
        if (result instanceof AttemptResult.Gone gone) {
            return moveTo(DeliveryStatus.FAILED, attempts, notBefore, gone.error(), providerRef, now);
        }
        AttemptResult.Deferred deferred = (AttemptResult.Deferred) result;
        if (policy.exhaustedAfter(attempts)) {
            return moveTo(DeliveryStatus.DEAD, attempts, notBefore, deferred.error(), providerRef, now);
        }
        Duration backoff = policy.delayAfter(attempts, random);
        Duration wait = deferred.retryAfter().filter(retryAfter -> retryAfter.compareTo(backoff) > 0).orElse(backoff);
        return moveTo(DeliveryStatus.QUEUED, attempts, now.plus(wait), deferred.error(), providerRef, now);
    }

    /**
     * The delivery as the provider's report says it went. A report may come late, out of order,
     * or even before the worker that sent the message recorded it: it moves the delivery
     * forward (a message the provider accepted is sent, not to be retried; one it delivered is
     * delivered) and never back, so a late "sent" does not undo "delivered".
     *
     * @return the delivery in its new state, or empty if the report changes nothing
     */
    public Optional<Delivery> afterReport(ProviderReport report, Instant now) {
        if (!status.hearsReports()) {
            return Optional.empty();
        }
        String ref = providerRef != null ? providerRef : report.providerRef();
        switch (report.outcome()) {
            case SENT:
                return status == DeliveryStatus.SENT ? Optional.empty()
                        : Optional.of(moveTo(DeliveryStatus.SENT, attempts, notBefore, null, ref, now));
            case DELIVERED:
            case READ:
                return Optional.of(moveTo(DeliveryStatus.DELIVERED, attempts, notBefore, null, ref, now));
            default:
                return Optional.of(moveTo(DeliveryStatus.FAILED, attempts, notBefore,
                        report.error().orElse("not delivered"), ref, now));
        }
    }

    public Delivery cancel(Instant now) {
        return moveTo(DeliveryStatus.CANCELLED, attempts, notBefore, lastError, providerRef, now);
    }

    /** A dead delivery put back in the queue by an admin, with its attempts counted afresh. */
    public Delivery replay(Instant now) {
        return moveTo(DeliveryStatus.QUEUED, 0, now, lastError, providerRef, now);
    }

    private Delivery moveTo(DeliveryStatus target, int attempts, Instant notBefore, String lastError, String providerRef,
                            Instant now) {
        if (!status.canMoveTo(target)) {
            throw new IllegalStateException("delivery " + id + " cannot move from " + status + " to " + target);
        }
        return new Delivery(id, messageId, tenantId, recipient, content, target.keepsCredentials() ? credentials : null, target,
                attempts, notBefore, lastError, providerRef, now);
    }

    public DeliveryId id() {
        return id;
    }

    public MessageId messageId() {
        return messageId;
    }

    public TenantId tenantId() {
        return tenantId;
    }

    public Recipient recipient() {
        return recipient;
    }

    /**
     * The caller's provider credentials, sealed, while the delivery may still need them: to be
     * sent, to have a provider's report on it authenticated, or to be replayed.
     */
    public Optional<SealedCredentials> credentials() {
        return Optional.ofNullable(credentials);
    }

    /** The content of its own this delivery carries, if it does not carry the message's. */
    public Optional<Content> ownContent() {
        return Optional.ofNullable(content);
    }

    /** What this delivery says: its own content, or else the message's. */
    public Content contentOf(Message message) {
        return content != null ? content : message.content();
    }

    public Channel channel() {
        return recipient.channel();
    }

    public Address address() {
        return recipient.address();
    }

    public DeliveryStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant notBefore() {
        return notBefore;
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    public Optional<String> providerRef() {
        return Optional.ofNullable(providerRef);
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    @Override
    public String toString() {
        return "Delivery[" + id + ", " + recipient.channel() + ", " + status + ", attempts " + attempts + "]";
    }
}
