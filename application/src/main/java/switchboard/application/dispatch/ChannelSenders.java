package switchboard.application.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import switchboard.application.dispatch.port.ClaimedDelivery;
import switchboard.application.dispatch.port.DeliveryMeter;
import switchboard.application.dispatch.port.EmailSender;
import switchboard.application.dispatch.port.OutgoingChatNotification;
import switchboard.application.dispatch.port.OutgoingEmail;
import switchboard.application.dispatch.port.OutgoingPush;
import switchboard.application.dispatch.port.OutgoingText;
import switchboard.application.dispatch.port.OutgoingWebhook;
import switchboard.application.dispatch.port.ProviderSender;
import switchboard.application.inbox.port.InboxStore;
import switchboard.application.telemetry.port.Tracing;
import switchboard.domain.delivery.AttemptRecord.Account;
import switchboard.domain.delivery.AttemptResult;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.inbox.InboxItem;
import switchboard.domain.message.Content;
import switchboard.domain.message.EmailOptions;
import switchboard.domain.message.Mailbox;
import switchboard.domain.message.Message;
import switchboard.domain.provider.ProviderAccount;
import switchboard.domain.recipient.EmailAddress;
import switchboard.domain.recipient.PhoneNumber;
import switchboard.domain.recipient.PushToken;
import switchboard.domain.recipient.UserId;
import switchboard.domain.recipient.WebhookUrl;

/**
 * Hands each delivery to the provider of its channel, with the account it is to be sent with.
 * A delivery captured instead of sent, its content kept, when its message is a test, or when its
 * channel has no provider, or neither the gateway nor the tenant nor the caller has an account.
 * Each provider call is timed for the meter.
 */
public final class ChannelSenders {

    /** The settings of a tenant's email account: the SMTP server is the gateway's, the sender identity the tenant's. */
    public static final String EMAIL_FROM = "from";
    public static final String EMAIL_FROM_NAME = "fromName";

    private final Senders senders;
    private final InboxStore inbox;
    private final AccountSelector accounts;
    private final Tracing tracing;
    private final Clock clock;
    private final DeliveryMeter meter;

    public ChannelSenders(Senders senders, InboxStore inbox, AccountSelector accounts, Tracing tracing, Clock clock,
                          DeliveryMeter meter) {
        this.senders = Objects.requireNonNull(senders, "senders");
        this.inbox = Objects.requireNonNull(inbox, "inbox");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.tracing = Objects.requireNonNull(tracing, "tracing");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.meter = Objects.requireNonNull(meter, "meter");
    }

    /**
     * What one attempt came to, the provider that made it ({@link DeliveryMeter#CAPTURE} when none did), and whose
     * account it was made with (empty when no account took part).
     */
    public record Handled(String provider, AttemptResult result, Optional<Account> account) {

        static Handled captured() {
            return new Handled(DeliveryMeter.CAPTURE, new AttemptResult.Captured(), Optional.empty());
        }
    }

    public Handled send(ClaimedDelivery claimed) {
        Delivery delivery = claimed.delivery();
        Message message = claimed.message();
        Content content = delivery.contentOf(message);
        if (message.testMode()) {
            return Handled.captured();
        }
        switch (delivery.channel()) {
            case EMAIL:
                if (senders.email().isEmpty()) {
                    return Handled.captured();
                }
                EmailSender email = senders.email().get();
                AccountSelector.Chosen identity = accounts.accountFor(delivery);
                OutgoingEmail outgoing = emailFor(delivery, message, content, identity.account());
                return timed(delivery, email.provider(), identity.whose(), () -> email.send(outgoing));
            case IN_APP:
                inbox.add(new InboxItem(delivery.id(), delivery.tenantId(), (UserId) delivery.address(), message.id(),
                        content.subject(), content.plainBody(), clock.instant(), null));
                return new Handled(DeliveryMeter.INBOX, new AttemptResult.Sent(null), Optional.empty());
            case SMS:
                return viaProvider(senders.sms(), delivery, () -> textFor(delivery, message, content));
            case WHATSAPP:
                return viaProvider(senders.whatsApp(), delivery, () -> textFor(delivery, message, content));
            case PUSH:
                return viaProvider(senders.push(), delivery, () -> new OutgoingPush(delivery.id(),
                        (PushToken) delivery.address(), content.subject(), content.plainBody(),
                        Map.of("messageId", message.id().toString())));
            case ZALO:
                return viaProvider(senders.zalo(), delivery, () -> new OutgoingChatNotification(delivery.id(),
                        (PhoneNumber) delivery.address(), content.plainBody()));
            case WEBHOOK:
                return viaProvider(senders.webhook(), delivery, () -> new OutgoingWebhook(delivery.id(),
                        (WebhookUrl) delivery.address(), delivery.tenantId(), message.id(), content, message.createdAt()));
            default:
                throw new IllegalStateException("no route for " + delivery.channel());
        }
    }

    private <M> Handled viaProvider(Optional<? extends ProviderSender<M>> provider, Delivery delivery,
                                    Supplier<M> message) {
        if (provider.isEmpty()) {
            return Handled.captured();
        }
        AccountSelector.Chosen chosen = accounts.accountFor(delivery);
        if (chosen.account().isEmpty() && !provider.get().hasGatewayAccount()) {
            return Handled.captured();
        }
        M outgoing = message.get();
        return timed(delivery, provider.get().provider(), chosen.whose(),
                () -> provider.get().send(outgoing, chosen.account()));
    }

    /** The call to a provider, in a span of its own within the attempt's, timed for the meter. */
    private Handled timed(Delivery delivery, String provider, Account account, Supplier<AttemptResult> call) {
        long start = System.nanoTime();
        try {
            return new Handled(provider, tracing.inSpan(Optional.empty(),
                    "provider " + delivery.channel().name().toLowerCase(Locale.ROOT), Tracing.Kind.CLIENT,
                    Map.of("switchboard.delivery.id", delivery.id().toString(),
                            "switchboard.channel", delivery.channel().name(), "switchboard.provider", provider), call),
                    Optional.of(account));
        } finally {
            meter.providerCalled(delivery.channel(), provider, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private static OutgoingText textFor(Delivery delivery, Message message, Content content) {
        return new OutgoingText(delivery.id(), (PhoneNumber) delivery.address(), Optional.ofNullable(message.sender()),
                content.plainBody());
    }

    /**
     * The email, from the message's sender if it names one, else from the tenant's sender identity
     * (the settings {@code from} and {@code fromName} of its email account), else from the gateway's.
     */
    private static OutgoingEmail emailFor(Delivery delivery, Message message, Content content,
                                          Optional<ProviderAccount> tenantIdentity) {
        EmailAddress recipient = (EmailAddress) delivery.address();
        EmailOptions options = message.email();
        boolean ownCopy = options.visibleTo().isEmpty() && options.visibleCc().isEmpty();
        Optional<EmailAddress> from = Optional.ofNullable(options.from());
        String fromName = options.fromName();
        if (from.isEmpty() && tenantIdentity.isPresent()) {
            from = Optional.ofNullable(tenantIdentity.get().field(EMAIL_FROM)).map(EmailAddress::new);
            fromName = fromName != null ? fromName : tenantIdentity.get().field(EMAIL_FROM_NAME);
        }
        return new OutgoingEmail(recipient, from, fromName,
                ownCopy ? List.of(Mailbox.of(recipient)) : options.visibleTo(), options.visibleCc(),
                Objects.requireNonNullElse(content.subject(), ""), content.text(), content.html(), options.headers(),
                options.attachments());
    }
}
