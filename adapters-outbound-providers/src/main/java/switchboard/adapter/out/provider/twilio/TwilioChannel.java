package switchboard.adapter.out.provider.twilio;

/** The channels sent through the Messages resource, which differ only in how addresses are written. */
enum TwilioChannel {

    SMS(""),
    WHATSAPP("whatsapp:");

    private final String addressPrefix;

    TwilioChannel(String addressPrefix) {
        this.addressPrefix = addressPrefix;
    }

    /** The number or sender as Twilio expects it on this channel: {@code whatsapp:+1...} for WhatsApp. */
    String address(String sender) {
        return sender.startsWith(addressPrefix) ? sender : addressPrefix + sender;
    }
}
