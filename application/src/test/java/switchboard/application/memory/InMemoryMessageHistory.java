package switchboard.application.memory;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import switchboard.application.retention.port.MessageHistory;
import switchboard.application.retention.port.PurgedBatch;
import switchboard.application.retention.RetentionScope;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.delivery.DeliveryId;
import switchboard.domain.message.Message;
import switchboard.domain.message.MessageId;
import switchboard.domain.tenant.TenantId;

/** The retention purge over the in-memory outbox. */
final class InMemoryMessageHistory implements MessageHistory {

    private final InMemoryMessageStore outbox;

    InMemoryMessageHistory(InMemoryMessageStore outbox) {
        this.outbox = outbox;
    }

    @Override
    public PurgedBatch deleteFinished(RetentionScope scope, Instant finishedBefore, int limit) {
        return outbox.underLock((messages, deliveries) -> {
            Set<MessageId> finished = messages.values().stream()
                    .filter(message -> covers(scope, message.tenantId()) && message.createdAt().isBefore(finishedBefore))
                    .filter(message -> deliveries.values().stream().filter(delivery -> delivery.messageId().equals(message.id()))
                            .allMatch(delivery -> delivery.status().isFinal() && delivery.updatedAt().isBefore(finishedBefore)))
                    .sorted(Comparator.comparing(Message::createdAt)).limit(limit)
                    .map(Message::id).collect(Collectors.toSet());
            List<DeliveryId> doomed = deliveries.values().stream().filter(delivery -> finished.contains(delivery.messageId()))
                    .map(Delivery::id).limit(limit).toList();
            doomed.forEach(deliveries::remove);
            Set<MessageId> emptied = finished.stream().filter(id -> deliveries.values().stream()
                    .noneMatch(delivery -> delivery.messageId().equals(id))).collect(Collectors.toSet());
            emptied.forEach(messages::remove);
            return new PurgedBatch(emptied.size(), doomed.size());
        });
    }

    private static boolean covers(RetentionScope scope, TenantId tenantId) {
        if (scope instanceof RetentionScope.OneTenant one) {
            return one.tenantId().equals(tenantId);
        }
        return !((RetentionScope.AllTenantsExcept) scope).excluded().contains(tenantId);
    }
}
