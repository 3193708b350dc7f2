package switchboard.adapter.out.provider.zalo;

import java.time.Duration;
import java.util.Optional;

import switchboard.adapter.out.provider.support.ProviderText;
import switchboard.domain.delivery.AttemptResult;

/**
 * What ZNS's error codes mean for the delivery ({@code error != 0} is a refusal whatever the HTTP
 * status). -124 (invalid access token) never gets here: the sender refreshes the token and tries
 * once more.
 * <ul>
 * <li>-118 (no Zalo account for the phone), -139 (the user refused ZNS messages): gone;</li>
 * <li>-100 (unknown error): deferred;</li>
 * <li>-144, -147 (the OA's or the template's daily quota is used up): deferred by an hour, since
 *     Zalo does not say when the quota comes back (it is daily, reset at midnight Vietnam time);
 *     the dispatcher's retries then continue from there;</li>
 * <li>anything else (-108 invalid phone, -109 invalid template...): rejected.</li>
 * </ul>
 */
final class ZaloErrors {

    static final Duration DAILY_QUOTA_BACKOFF = Duration.ofHours(1);

    private ZaloErrors() {
    }

    static AttemptResult outcomeOf(ZaloAnswer answer) {
        int error = answer.error();
        if (error == ZaloAnswer.SUCCESS) {
            return new AttemptResult.Sent(answer.messageId());
        }
        String text = describe(answer);
        switch (error) {
            case -118, -139:
                return new AttemptResult.Gone(text);
            case -100:
                return new AttemptResult.Deferred(text);
            case -144, -147:
                return new AttemptResult.Deferred(text, Optional.of(DAILY_QUOTA_BACKOFF));
            default:
                return new AttemptResult.Rejected(text);
        }
    }

    /** "Zalo error -108: Phone number is invalid". */
    static String describe(ZaloAnswer answer) {
        return "Zalo error " + answer.error()
                + (answer.message() == null || answer.message().isBlank() ? "" : ": " + ProviderText.oneLine(answer.message()));
    }
}
