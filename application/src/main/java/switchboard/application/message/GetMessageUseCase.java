package switchboard.application.message;

import switchboard.application.shared.NotFoundException;
import switchboard.domain.message.MessageId;
import switchboard.domain.tenant.TenantId;

public interface GetMessageUseCase {

    /** @throws NotFoundException if the tenant has no such message */
    MessageRecord get(TenantId tenantId, MessageId id);
}
