package switchboard.adapter.in.dripcel.sms;

import java.util.Arrays;
import java.util.Locale;

import switchboard.domain.InvalidValueException;

/** How Dripcel routes an SMS; each may be priced differently. */
public enum DeliveryMethod {
    REVERSE, STANDARD, TRANSACTIONAL;

    /** The method with this name, in any case. */
    public static DeliveryMethod parse(String name) {
        return Arrays.stream(values()).filter(method -> method.apiName().equalsIgnoreCase(name.strip())).findFirst()
                .orElseThrow(() -> new InvalidValueException("deliveryMethod '" + name
                        + "' is not one of reverse, standard, transactional"));
    }

    /** The name in requests and in the price configuration. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
