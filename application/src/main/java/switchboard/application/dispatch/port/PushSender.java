package switchboard.application.dispatch.port;

/** Sends push notifications to devices. */
public interface PushSender extends ProviderSender<OutgoingPush> {
}
