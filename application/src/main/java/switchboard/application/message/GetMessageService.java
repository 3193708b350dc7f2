package switchboard.application.message;

import java.util.Objects;

import switchboard.application.message.port.MessageStore;
import switchboard.application.shared.NotFoundException;
import switchboard.domain.message.MessageId;
import switchboard.domain.tenant.TenantId;

public final class GetMessageService implements GetMessageUseCase {

    private final MessageStore messages;

    public GetMessageService(MessageStore messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    @Override
    public MessageRecord get(TenantId tenantId, MessageId id) {
        return messages.find(tenantId, id).orElseThrow(() -> new NotFoundException("message", id));
    }
}
