package switchboard.adapter.in.capillary.send;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code channel} query parameter's values, read in any case ({@code sms} when absent), with
 * the list each reads from the body and the list the answer names for it.
 */
public enum CapillaryChannel {
    SMS("sms", "sms", "smsList"),
    WHATSAPP("whatsapp", "whatsappMessage", "whatsapp"),
    EMAIL("email", "email", "emails"),
    ZALO("zalo", "zaloMessage", "zalo");

    public static final String NAMES = "sms, whatsapp, email, zalo";

    private final String apiName;
    private final String requestList;
    private final String responseList;

    CapillaryChannel(String apiName, String requestList, String responseList) {
        this.apiName = apiName;
        this.requestList = requestList;
        this.responseList = responseList;
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

    public String responseList() {
        return responseList;
    }
}
