package switchboard.adapter.in.admin.send;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import switchboard.application.send.RecipientRequest;
import switchboard.domain.contact.ContactId;
import switchboard.domain.recipient.Channel;
import switchboard.domain.recipient.Recipient;

/** The channels as the Admin API names them, each with the request field that holds its address. */
public enum AdminChannel {
    EMAIL("Email", Channel.EMAIL, "emailAddress", SendRequest::emailAddress),
    SMS("Sms", Channel.SMS, "phoneNumber", SendRequest::phoneNumber),
    PUSH("Push", Channel.PUSH, "pushToken", SendRequest::pushToken),
    IN_APP("InApp", Channel.IN_APP, "userId", SendRequest::userId),
    WEBHOOK("Webhook", Channel.WEBHOOK, "webhookUrl", SendRequest::webhookUrl);

    public static final String NAMES = "Email, Sms, Push, InApp, Webhook";

    private final String apiName;
    private final Channel channel;
    private final String addressField;
    private final Function<SendRequest, String> address;

    AdminChannel(String apiName, Channel channel, String addressField, Function<SendRequest, String> address) {
        this.apiName = apiName;
        this.channel = channel;
        this.addressField = addressField;
        this.address = address;
    }

    /** The channel with this name, in any case. */
    public static Optional<AdminChannel> named(String name) {
        return Arrays.stream(values()).filter(value -> value.apiName.toLowerCase(Locale.ROOT)
                .equals(name == null ? null : name.toLowerCase(Locale.ROOT))).findFirst();
    }

    public String apiName() {
        return apiName;
    }

    public String addressField() {
        return addressField;
    }

    public boolean hasAddress(SendRequest request) {
        String value = address.apply(request);
        return value != null && !value.isBlank();
    }

    /** The recipient this channel reaches: the address given, or for in-app the user, who must be a known contact. */
    public RecipientRequest recipient(SendRequest request) {
        String value = address.apply(request).strip();
        return this == IN_APP ? new RecipientRequest.ToContact(channel, new ContactId(value))
                : new RecipientRequest.ToAddress(Recipient.of(channel, value));
    }
}
