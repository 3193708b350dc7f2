package switchboard.application.dispatch.port;

/** Posts messages to webhook URLs, signed. */
public interface WebhookSender extends ProviderSender<OutgoingWebhook> {
}
