package switchboard.adapter.in.console;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The console's URLs, built in one place. */
public final class Paths {

    public static final String ROOT = "/console";

    private Paths() {
    }

    public static String tenant(String tenantId) {
        return ROOT + "/tenants/" + encode(tenantId);
    }

    public static String message(String tenantId, String messageId) {
        return tenant(tenantId) + "/messages/" + encode(messageId);
    }

    public static String delivery(String tenantId, String messageId, String deliveryId) {
        return message(tenantId, messageId) + "/deliveries/" + encode(deliveryId);
    }

    public static String encode(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
