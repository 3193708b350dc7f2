package switchboard.adapter.in.capillary.send;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code channel} query parameter's values, read in any case ({@code sms} when absent), with
 * the list each reads from the body (the answer's lists are the fields of {@link SendMessageResponse}).
 */
public enum CapillaryChannel {
    SMS("sms", "sms"),
    WHATSAPP("whatsapp", "whatsappMessage"),
    EMAIL("email", "email"),
    ZALO("zalo", "zaloMessage");

    public static final String NAMES = "sms, whatsapp, email, zalo";

    private final String apiName;
    private final String requestList;

    CapillaryChannel(String apiName, String requestList) {
        this.apiName = apiName;
        this.requestList = requestList;
    }

    /** The channel of this name in any case; SMS when the name is absent or blank. */
    public static Optional<CapillaryChannel> named(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of(SMS);
        }
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(channel -> channel.apiName.equals(wanted)).findFirst();
    }

    public String apiName() {
        return apiName;
    }

    public String requestList() {
        return requestList;
    }
}
