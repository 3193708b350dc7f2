package switchboard.application.message;

import java.util.List;

import switchboard.application.shared.NotFoundException;
import switchboard.application.shared.PageRequest;
import switchboard.domain.tenant.TenantId;

public interface ListMessagesUseCase {

    /**
     * The tenant's messages, newest first, with their deliveries counted by status.
     *
     * @throws NotFoundException if the tenant does not exist
     */
    List<MessageSummary> list(TenantId tenantId, MessageFilter filter, PageRequest page);
}
