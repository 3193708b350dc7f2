package switchboard.application.inbox;

import java.util.List;
import java.util.Objects;

import switchboard.application.inbox.port.InboxStore;
import switchboard.application.shared.KnownTenants;
import switchboard.application.shared.PageRequest;
import switchboard.application.shared.TenantStore;
import switchboard.domain.inbox.InboxItem;
import switchboard.domain.recipient.UserId;
import switchboard.domain.tenant.TenantId;

public final class ListInboxService implements ListInboxUseCase {

    private final TenantStore tenants;
    private final InboxStore inbox;

    public ListInboxService(TenantStore tenants, InboxStore inbox) {
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.inbox = Objects.requireNonNull(inbox, "inbox");
    }

    @Override
    public List<InboxItem> list(TenantId tenantId, UserId userId, PageRequest page) {
        KnownTenants.require(tenants, tenantId);
        return inbox.list(tenantId, userId, page);
    }
}
