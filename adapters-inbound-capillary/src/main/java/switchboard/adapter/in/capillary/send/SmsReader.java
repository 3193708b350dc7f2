package switchboard.adapter.in.capillary.send;

import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

import switchboard.application.send.SendCommand;
import switchboard.domain.tenant.TenantId;

/** SMS items. A {@code sender} ID becomes the message's sender; without one the SMS channel's configured sender is used. */
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
        Optional<SendCommand> command = messages.read(PhoneMessages.Fields.SMS, item.to(), item.body(), item.scheduledTime(),
                tenant, check);
        return item.sender() == null || item.sender().isBlank() ? command
                : command.map(sms -> sms.withSender(item.sender().strip()));
    }

    @Override
    public ItemResult result(SmsItem item, ItemCheck check) {
        return ItemResult.sms(echo.sms(item), check);
    }
}
