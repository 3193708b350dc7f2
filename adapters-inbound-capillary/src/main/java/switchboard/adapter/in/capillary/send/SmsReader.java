package switchboard.adapter.in.capillary.send;

import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

import switchboard.adapter.in.capillary.Fault;
import switchboard.application.port.in.SendCommand;
import switchboard.domain.tenant.TenantId;

/**
 * SMS items. A {@code sender} ID is accepted but not used (the gateway sends from its own
 * configured sender), and the item says so in a warning.
 */
@Singleton
class SmsReader implements ItemReader<SmsItem> {

    private final PhoneMessages messages;
    private final EchoMapper echo;

    SmsReader(PhoneMessages messages, EchoMapper echo) {
        this.messages = messages;
        this.echo = echo;
    }

    @Override
    public List<SmsItem> items(MessageBatch batch) {
        return batch.sms();
    }

    @Override
    public Optional<SendCommand> read(SmsItem item, TenantId tenant, ItemCheck check) {
        if (item.sender() != null && !item.sender().isBlank()) {
            check.warn(Fault.SENDER_IGNORED, "Sender IDs are not supported: the SMS goes out from the gateway's sender.");
        }
        return messages.read(PhoneMessages.Fields.SMS, item.to(), item.body(), item.scheduledTime(), tenant, check);
    }

    @Override
    public ItemResult result(SmsItem item, ItemCheck check) {
        return ItemResult.sms(echo.sms(item), check);
    }
}
