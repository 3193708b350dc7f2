package switchboard.domain.delivery;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import switchboard.domain.message.MessageId;
import switchboard.domain.tenant.TenantId;

import static switchboard.domain.Invariants.require;

/**
 * One entry of a delivery's history: an attempt at it, or a provider's later report on it that
 * moved it on. Kept beside the delivery, whose row holds only its latest state.
 *
 * @param attempt     the delivery's attempt count when the entry was made (a report's is the attempt it reports on);
 *                    a replay counts afresh from 1
 * @param error       what the provider or the gateway said went wrong, for a failure
 * @param provider    the provider that made the attempt or sent the report, as the metrics label it; empty for a capture
 * @param providerRef the provider's id of the message, when it gave one
 * @param account     whose account the attempt was made with; empty when no account took part (a capture, the inbox)
 */
public record AttemptRecord(TenantId tenantId, MessageId messageId, DeliveryId deliveryId, int attempt, Instant at,
                            Kind kind, Outcome outcome, Optional<String> error, Optional<String> provider,
                            Optional<String> providerRef, Optional<Account> account) {

    public AttemptRecord {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(deliveryId, "deliveryId");
        require(attempt >= 0, "attempt must not be negative");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(providerRef, "providerRef");
        Objects.requireNonNull(account, "account");
    }

    /** The attempt that gave {@code result} and left the delivery as {@code after}. */
    public static AttemptRecord ofAttempt(AttemptResult result, Delivery after, Optional<String> provider,
                                          Optional<Account> account) {
        Optional<String> providerRef = result instanceof AttemptResult.Sent sent ? Optional.ofNullable(sent.providerRef())
                : Optional.empty();
        return new AttemptRecord(after.tenantId(), after.messageId(), after.id(), after.attempts(), after.updatedAt(),
                Kind.ATTEMPT, Outcome.of(result, after), errorOf(result), provider, providerRef, account);
    }

    /** The provider's report that moved the delivery on to {@code after}. */
    public static AttemptRecord ofReport(ProviderReport report, Delivery after, String provider) {
        Outcome outcome = switch (report.outcome()) {
            case SENT -> Outcome.SENT;
            case DELIVERED -> Outcome.DELIVERED;
            case READ -> Outcome.READ;
            case UNDELIVERED -> Outcome.UNDELIVERED;
        };
        return new AttemptRecord(after.tenantId(), after.messageId(), after.id(), after.attempts(), after.updatedAt(),
                Kind.REPORT, outcome, report.error(), Optional.of(provider), Optional.of(report.providerRef()),
                Optional.empty());
    }

    private static Optional<String> errorOf(AttemptResult result) {
        if (result instanceof AttemptResult.Rejected rejected) {
            return Optional.of(rejected.error());
        }
        if (result instanceof AttemptResult.Gone gone) {
            return Optional.of(gone.error());
        }
        if (result instanceof AttemptResult.Deferred deferred) {
            return Optional.of(deferred.error());
        }
        return Optional.empty();
    }

    public enum Kind {
        /** The gateway handed the delivery to its channel. */
        ATTEMPT,
        /** The provider reported, after the fact, on a message it had taken. */
        REPORT
    }

    /** What an attempt came to (the first six), or what a report said (sent and the last three). */
    public enum Outcome {
        /** The provider took it (an attempt), or handed it on to the carrier (a report). */
        SENT,
        /** Kept instead of sent: no provider or account for its channel, or a test message. */
        CAPTURED,
        /** Failed for now: queued again for a later attempt. */
        RETRYING,
        /** Failed for now on its last attempt: no more attempts. */
        DEAD,
        /** Refused for good. */
        FAILED,
        /** Refused for good because the address is gone: the address is suppressed. */
        SUPPRESSED,
        DELIVERED,
        /** Delivered, and opened by the recipient. */
        READ,
        /** The provider gave up: the recipient was not reached. */
        UNDELIVERED;

        /** The outcome of an attempt that gave {@code result} and left the delivery as {@code after}. */
        public static Outcome of(AttemptResult result, Delivery after) {
            if (result instanceof AttemptResult.Sent) {
                return SENT;
            }
            if (result instanceof AttemptResult.Captured) {
                return CAPTURED;
            }
            if (result instanceof AttemptResult.Gone) {
                return SUPPRESSED;
            }
            if (result instanceof AttemptResult.Rejected) {
                return FAILED;
            }
            return after.status() == DeliveryStatus.DEAD ? DEAD : RETRYING;
        }
    }

    /** Whose provider account an attempt was made with. */
    public enum Account {
        /** The gateway's own. */
        GATEWAY,
        /** The tenant's primary account for the channel. */
        PRIMARY,
        /** The tenant's fallback, which takes over once the primary has failed the delivery often enough. */
        FALLBACK,
        /** The caller's own, which its request brought and the delivery keeps sealed. */
        CALLER
    }
}
