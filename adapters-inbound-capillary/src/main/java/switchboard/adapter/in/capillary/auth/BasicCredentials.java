package switchboard.adapter.in.capillary.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The username and secret of an {@code Authorization: Basic} header. Capillary clients send
 * {@code base64(username:md5hex(password))}; an md5 written in capitals is read as the same digest.
 */
record BasicCredentials(String username, String secret) {

    private static final String SCHEME = "basic ";
    private static final Pattern MD5_HEX = Pattern.compile("[0-9a-fA-F]{32}");

    static Optional<BasicCredentials> parse(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(SCHEME.length()).strip()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        String secret = decoded.substring(colon + 1);
        return Optional.of(new BasicCredentials(decoded.substring(0, colon),
                MD5_HEX.matcher(secret).matches() ? secret.toLowerCase(Locale.ROOT) : secret));
    }

    @Override
    public String toString() {
        return "BasicCredentials[" + username + "]";
    }
}
