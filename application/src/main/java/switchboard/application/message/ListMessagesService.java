package switchboard.application.message;

import java.util.List;
import java.util.Objects;

import switchboard.application.message.port.MessageStore;
import switchboard.application.shared.KnownTenants;
import switchboard.application.shared.PageRequest;
import switchboard.application.shared.TenantStore;
import switchboard.domain.tenant.TenantId;

public final class ListMessagesService implements ListMessagesUseCase {

    private final TenantStore tenants;
    private final MessageStore messages;

    public ListMessagesService(TenantStore tenants, MessageStore messages) {
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    @Override
    public List<MessageSummary> list(TenantId tenantId, MessageFilter filter, PageRequest page) {
        KnownTenants.require(tenants, tenantId);
        return messages.list(tenantId, filter, page);
    }
}
