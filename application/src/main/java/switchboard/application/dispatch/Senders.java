package switchboard.application.dispatch;

import java.util.Objects;
import java.util.Optional;

import switchboard.application.dispatch.port.ChatNotificationSender;
import switchboard.application.dispatch.port.EmailSender;
import switchboard.application.dispatch.port.PushSender;
import switchboard.application.dispatch.port.SmsSender;
import switchboard.application.dispatch.port.WebhookSender;
import switchboard.application.dispatch.port.WhatsAppSender;

/** The provider of each channel that has one in this gateway. */
public record Senders(Optional<EmailSender> email, Optional<SmsSender> sms, Optional<WhatsAppSender> whatsApp,
                      Optional<PushSender> push, Optional<ChatNotificationSender> zalo, Optional<WebhookSender> webhook) {

    public static final Senders NONE = new Senders(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty());

    public Senders {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(sms, "sms");
        Objects.requireNonNull(whatsApp, "whatsApp");
        Objects.requireNonNull(push, "push");
        Objects.requireNonNull(zalo, "zalo");
        Objects.requireNonNull(webhook, "webhook");
    }

    public static Senders email(EmailSender email) {
        return new Senders(Optional.of(email), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }
}
