package switchboard.application.message;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

import switchboard.application.message.port.MessageStore;
import switchboard.application.shared.NotFoundException;
import switchboard.application.telemetry.port.DeliveryLog;
import switchboard.domain.delivery.DeliveryStatus;
import switchboard.domain.message.MessageId;
import switchboard.domain.tenant.TenantId;

public final class CancelMessageService implements CancelMessageUseCase {

    private final MessageStore messages;
    private final DeliveryLog log;
    private final Clock clock;

    public CancelMessageService(MessageStore messages, DeliveryLog log, Clock clock) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.log = Objects.requireNonNull(log, "log");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Cancels the message's queued deliveries, and logs each one this cancel moved (read back: cancels are rare). */
    @Override
    public int cancel(TenantId tenantId, MessageId id) {
        Instant now = clock.instant();
        int cancelled = messages.cancelQueued(tenantId, id, now).orElseThrow(() -> new NotFoundException("message", id));
        if (cancelled > 0) {
            // Stores keep microseconds at most: a delivery cancelled now reads back no earlier than this.
            Instant cancelledFrom = now.truncatedTo(ChronoUnit.MILLIS);
            messages.find(tenantId, id).stream().flatMap(message -> message.deliveries().stream())
                    .filter(delivery -> delivery.status() == DeliveryStatus.CANCELLED
                            && !delivery.updatedAt().isBefore(cancelledFrom))
                    .forEach(delivery -> log.changed(delivery, Optional.empty()));
        }
        return cancelled;
    }
}
