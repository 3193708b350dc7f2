package switchboard.application.dispatch.port;

/** Sends WhatsApp messages. */
public interface WhatsAppSender extends ProviderSender<OutgoingText> {
}
