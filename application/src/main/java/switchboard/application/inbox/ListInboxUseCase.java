package switchboard.application.inbox;

import java.util.List;

import switchboard.application.shared.NotFoundException;
import switchboard.application.shared.PageRequest;
import switchboard.domain.inbox.InboxItem;
import switchboard.domain.recipient.UserId;
import switchboard.domain.tenant.TenantId;

public interface ListInboxUseCase {

    /**
     * A user's in-app messages, newest first.
     *
     * @throws NotFoundException if the tenant does not exist
     */
    List<InboxItem> list(TenantId tenantId, UserId userId, PageRequest page);
}
