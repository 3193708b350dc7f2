package switchboard.application.message;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import switchboard.application.message.port.MessageStore;
import switchboard.application.shared.KnownTenants;
import switchboard.application.shared.PageRequest;
import switchboard.application.shared.TenantStore;
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
