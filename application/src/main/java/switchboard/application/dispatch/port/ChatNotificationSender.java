package switchboard.application.dispatch.port;

/** Sends notifications through a chat app to the account behind a phone number (the ZALO channel). */
public interface ChatNotificationSender extends ProviderSender<OutgoingChatNotification> {
}
