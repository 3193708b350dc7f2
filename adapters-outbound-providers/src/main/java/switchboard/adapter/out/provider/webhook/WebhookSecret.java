package switchboard.adapter.out.provider.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A Standard Webhooks signing secret: {@code whsec_} followed by the base64 of the HMAC key.
 * Keys shorter than the 24 bytes the specification recommends at least are refused. Never
 * shown: {@link #toString} hides the key.
 */
public final class WebhookSecret {

    static final String FORMAT = "whsec_ followed by the base64 of at least 24 random bytes";

    private static final String PREFIX = "whsec_";
    private static final int MIN_KEY_BYTES = 24;
    private static final String HMAC = "HmacSHA256";

    /** Keyed once and never updated: each signature works on a copy, cheaper than looking up and keying a new one. */
    private final Mac keyed;

    private WebhookSecret(byte[] key) {
        try {
            keyed = Mac.getInstance(HMAC);
            keyed.init(new SecretKeySpec(key, HMAC));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    /** The secret written as {@link #FORMAT}, or empty when it is not. */
    static Optional<WebhookSecret> parse(String text) {
        if (text == null || !text.startsWith(PREFIX)) {
            return Optional.empty();
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(text.substring(PREFIX.length()));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        return key.length < MIN_KEY_BYTES ? Optional.empty() : Optional.of(new WebhookSecret(key));
    }

    /** Whether the text is a signing secret the webhook sender can sign with. */
    public static boolean isWellFormed(String text) {
        return parse(text).isPresent();
    }

    /** The {@code webhook-signature} header's value: {@code v1,} + base64(HMAC-SHA256(id.timestamp.body)). */
    String signature(String id, long timestamp, byte[] body) {
        try {
            Mac mac = (Mac) keyed.clone();
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's HMAC-SHA256 can be copied", e);
        }
    }

    @Override
    public String toString() {
        return "WebhookSecret[hidden]";
    }
}
