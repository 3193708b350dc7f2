package switchboard.domain.recipient;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import static switchboard.domain.Invariants.require;

/** An absolute http or https URL to POST a message to. Where it may point is the sender's concern. */
public record WebhookUrl(String value) implements Address {

    public static final int MAX_LENGTH = 2048;

    public WebhookUrl {
        require(value != null && value.length() <= MAX_LENGTH && isHttpUrl(value),
                "'%s' is not an absolute http or https URL", value);
    }

    public URI uri() {
        return URI.create(value);
    }

    private static boolean isHttpUrl(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && uri.getUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
