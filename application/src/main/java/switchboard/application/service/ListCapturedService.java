package switchboard.application.service;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import switchboard.application.port.CapturedDelivery;
import switchboard.application.port.PageRequest;
import switchboard.application.port.in.ListCapturedUseCase;
import switchboard.application.port.out.MessageStore;
import switchboard.application.port.out.TenantStore;
import switchboard.domain.recipient.Channel;
import switchboard.domain.tenant.TenantId;

public final class ListCapturedService implements ListCapturedUseCase {

    private final TenantStore tenants;
    private final MessageStore messages;

    public ListCapturedService(TenantStore tenants, MessageStore messages) {
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    @Override
    public List<CapturedDelivery> list(TenantId tenantId, Optional<Channel> channel, PageRequest page) {
        KnownTenants.require(tenants, tenantId);
        return messages.listCaptured(tenantId, channel, page);
    }
}
