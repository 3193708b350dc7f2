package switchboard.application.delivery;

import java.util.List;
import java.util.Objects;

import switchboard.application.delivery.port.DeliveryStore;
import switchboard.domain.delivery.AttemptRecord;
import switchboard.domain.message.MessageId;
import switchboard.domain.tenant.TenantId;

public final class ListAttemptsService implements ListAttemptsUseCase {

    private final DeliveryStore deliveries;

    public ListAttemptsService(DeliveryStore deliveries) {
        this.deliveries = Objects.requireNonNull(deliveries, "deliveries");
    }

    @Override
    public List<AttemptRecord> list(TenantId tenantId, MessageId messageId) {
        return deliveries.history(tenantId, messageId);
    }
}
