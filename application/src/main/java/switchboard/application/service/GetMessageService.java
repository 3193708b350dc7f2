package switchboard.application.service;

import java.util.Objects;

import switchboard.application.port.MessageRecord;
import switchboard.application.port.in.GetMessageUseCase;
import switchboard.application.port.in.NotFoundException;
import switchboard.application.port.out.MessageStore;
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
