package switchboard.application.port.out;

/** Sends SMS. */
public interface SmsSender extends ProviderSender<OutgoingText> {
}
