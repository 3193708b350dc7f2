package switchboard.application.port.out;

/** Sends push notifications to devices. */
public interface PushSender extends ProviderSender<OutgoingPush> {
}
