package switchboard.application.port.out;

/** Sends WhatsApp messages. */
public interface WhatsAppSender extends ProviderSender<OutgoingText> {
}
