package switchboard.application.dispatch;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import switchboard.application.port.out.ClaimedDelivery;
import switchboard.application.port.out.EmailSender;
import switchboard.application.port.out.InboxStore;
import switchboard.application.port.out.OutgoingEmail;
import switchboard.domain.delivery.AttemptResult;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.inbox.InboxItem;
import switchboard.domain.message.Content;
import switchboard.domain.message.EmailOptions;
import switchboard.domain.message.Message;
import switchboard.domain.recipient.EmailAddress;
import switchboard.domain.recipient.UserId;

/**
 * Hands each delivery to the sender of its channel. A channel without a configured sender
 * captures its deliveries, as does a test message: they are kept, with their content, instead
 * of sent.
 */
public final class ChannelSenders {

    private final Optional<EmailSender> email;
    private final InboxStore inbox;
    private final Clock clock;

    public ChannelSenders(Optional<EmailSender> email, InboxStore inbox, Clock clock) {
        this.email = Objects.requireNonNull(email, "email");
        this.inbox = Objects.requireNonNull(inbox, "inbox");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public AttemptResult send(ClaimedDelivery claimed) {
        Delivery delivery = claimed.delivery();
        Message message = claimed.message();
        Content content = delivery.contentOf(message);
        if (message.testMode()) {
            return new AttemptResult.Captured();
        }
        switch (delivery.channel()) {
            case EMAIL:
                return email.map(sender -> sender.send(emailFor(delivery, message, content)))
                        .orElseGet(AttemptResult.Captured::new);
            case IN_APP:
                inbox.add(new InboxItem(delivery.id(), delivery.tenantId(), (UserId) delivery.address(), message.id(),
                        content.subject(), content.plainBody(), clock.instant(), null));
                return new AttemptResult.Sent(null);
            default:
                return new AttemptResult.Captured();
        }
    }

    private static OutgoingEmail emailFor(Delivery delivery, Message message, Content content) {
        EmailAddress recipient = (EmailAddress) delivery.address();
        EmailOptions options = message.email();
        boolean ownCopy = options.visibleTo().isEmpty() && options.visibleCc().isEmpty();
        return new OutgoingEmail(recipient, Optional.ofNullable(options.from()), options.fromName(),
                ownCopy ? List.of(recipient) : options.visibleTo(), options.visibleCc(),
                Objects.requireNonNullElse(content.subject(), ""), content.text(), content.html(), options.headers(),
                options.attachments());
    }
}
