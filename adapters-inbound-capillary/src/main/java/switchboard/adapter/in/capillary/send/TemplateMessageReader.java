package switchboard.adapter.in.capillary.send;

import java.util.List;
import java.util.Optional;

import switchboard.application.send.SendCommand;
import switchboard.domain.tenant.TenantId;

/** WhatsApp or Zalo items: the {@code template} text is what the receiver gets. */
final class TemplateMessageReader implements ItemReader<TemplateMessageItem> {

    private final CapillaryChannel channel;
    private final PhoneMessages.Fields fields;
    private final PhoneMessages messages;
    private final EchoMapper echo;

    private TemplateMessageReader(CapillaryChannel channel, PhoneMessages.Fields fields, PhoneMessages messages,
                                  EchoMapper echo) {
        this.channel = channel;
        this.fields = fields;
        this.messages = messages;
        this.echo = echo;
    }

    static TemplateMessageReader whatsapp(PhoneMessages messages, EchoMapper echo) {
        return new TemplateMessageReader(CapillaryChannel.WHATSAPP, PhoneMessages.Fields.WHATSAPP, messages, echo);
    }

    static TemplateMessageReader zalo(PhoneMessages messages, EchoMapper echo) {
        return new TemplateMessageReader(CapillaryChannel.ZALO, PhoneMessages.Fields.ZALO, messages, echo);
    }

    @Override
    public List<TemplateMessageItem> items(MessageBatch batch) {
        return channel == CapillaryChannel.WHATSAPP ? batch.whatsappMessage() : batch.zaloMessage();
    }

    @Override
    public Optional<SendCommand> read(TemplateMessageItem item, TenantId tenant, ItemCheck check) {
        return messages.read(fields, item.receiver(), item.template(), item.scheduledTime(), tenant, check);
    }

    @Override
    public ItemResult result(TemplateMessageItem item, ItemCheck check) {
        TemplateMessageItem echoed = echo.template(item);
        return channel == CapillaryChannel.WHATSAPP ? ItemResult.whatsapp(echoed, check) : ItemResult.zalo(echoed, check);
    }
}
