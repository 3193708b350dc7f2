package switchboard.application.port.in;

import java.util.List;

import switchboard.application.port.MessageFilter;
import switchboard.application.port.MessageSummary;
import switchboard.application.port.PageRequest;
import switchboard.domain.tenant.TenantId;

public interface ListMessagesUseCase {

    /**
     * The tenant's messages, newest first, with their deliveries counted by status.
     *
     * @throws NotFoundException if the tenant does not exist
     */
    List<MessageSummary> list(TenantId tenantId, MessageFilter filter, PageRequest page);
}
