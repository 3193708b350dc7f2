package switchboard.adapter.out.provider.twilio;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * A Twilio account's SID and auth token: what requests to the Messages resource are
 * authenticated with, and what status callbacks are signed with.
 */
record TwilioCredentials(String accountSid, String authToken) {

    /** AC and 32 hexadecimal digits. It becomes part of the request path, so nothing else is accepted. */
    private static final Pattern ACCOUNT_SID = Pattern.compile("AC[0-9a-fA-F]{32}");

    TwilioCredentials {
        if (!isAccountSid(accountSid)) {
            throw new IllegalArgumentException(
                    "the account's accountSid is not a Twilio account SID (AC and 32 hexadecimal digits)");
        }
        if (authToken == null || authToken.isBlank()) {
            throw new IllegalArgumentException("the Twilio account " + accountSid + " has no authToken");
        }
    }

    static boolean isAccountSid(String text) {
        return text != null && ACCOUNT_SID.matcher(text).matches();
    }

    /** The value of the Authorization header: HTTP Basic, the SID as user name and the token as password. */
    String basicAuthorization() {
        return "Basic " + Base64.getEncoder().encodeToString((accountSid + ":" + authToken).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "TwilioCredentials[" + accountSid + ", auth token hidden]";
    }
}
