package switchboard.application.port.in;

import switchboard.application.port.MessageRecord;
import switchboard.domain.message.MessageId;
import switchboard.domain.tenant.TenantId;

public interface GetMessageUseCase {

    /** @throws NotFoundException if the tenant has no such message */
    MessageRecord get(TenantId tenantId, MessageId id);
}
