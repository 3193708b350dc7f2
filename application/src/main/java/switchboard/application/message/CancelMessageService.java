package switchboard.application.message;

import java.time.Clock;
import java.util.Objects;

import switchboard.application.message.port.MessageStore;
import switchboard.application.shared.NotFoundException;
import switchboard.domain.message.MessageId;
import switchboard.domain.tenant.TenantId;

public final class CancelMessageService implements CancelMessageUseCase {

    private final MessageStore messages;
    private final Clock clock;

    public CancelMessageService(MessageStore messages, Clock clock) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public int cancel(TenantId tenantId, MessageId id) {
        return messages.cancelQueued(tenantId, id, clock.instant()).orElseThrow(() -> new NotFoundException("message", id));
    }
}
