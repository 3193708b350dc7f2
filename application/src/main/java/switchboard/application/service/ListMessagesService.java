package switchboard.application.service;

import java.util.List;
import java.util.Objects;

import switchboard.application.port.MessageFilter;
import switchboard.application.port.MessageSummary;
import switchboard.application.port.PageRequest;
import switchboard.application.port.in.ListMessagesUseCase;
import switchboard.application.port.out.MessageStore;
import switchboard.application.port.out.TenantStore;
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
