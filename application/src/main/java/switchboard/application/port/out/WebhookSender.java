package switchboard.application.port.out;

/** Posts messages to webhook URLs, signed. */
public interface WebhookSender extends ProviderSender<OutgoingWebhook> {
}
