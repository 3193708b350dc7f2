package switchboard.application.dispatch.port;

/** Sends SMS. */
public interface SmsSender extends ProviderSender<OutgoingText> {
}
