package switchboard.domain.recipient;

import java.util.function.Function;

/** A way to reach someone, with the kind of address it needs. */
public enum Channel {
    EMAIL(EmailAddress.class, EmailAddress::new),
    SMS(PhoneNumber.class, PhoneNumber::new),
    WHATSAPP(PhoneNumber.class, PhoneNumber::new),
    PUSH(PushToken.class, PushToken::new),
    IN_APP(UserId.class, UserId::new),
    WEBHOOK(WebhookUrl.class, WebhookUrl::new),
    ZALO(PhoneNumber.class, PhoneNumber::new);

    private final Class<? extends Address> addressType;
    private final Function<String, Address> addressParser;

    Channel(Class<? extends Address> addressType, Function<String, Address> addressParser) {
        this.addressType = addressType;
        this.addressParser = addressParser;
    }

    /** Reads an address of this channel's kind, checking its invariants. */
    public Address address(String value) {
        return addressParser.apply(value);
    }

    public boolean accepts(Address address) {
        return addressType.isInstance(address);
    }
}
