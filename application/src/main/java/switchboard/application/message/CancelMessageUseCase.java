package switchboard.application.message;

import switchboard.application.shared.NotFoundException;
import switchboard.domain.message.MessageId;
import switchboard.domain.tenant.TenantId;

public interface CancelMessageUseCase {

    /**
     * Cancels what the message has not sent yet: its scheduled deliveries and those waiting to
     * retry. Deliveries already sent, or being sent right now, are not called back.
     *
     * @return how many deliveries were cancelled
     * @throws NotFoundException if the tenant has no such message
     */
    int cancel(TenantId tenantId, MessageId id);
}
