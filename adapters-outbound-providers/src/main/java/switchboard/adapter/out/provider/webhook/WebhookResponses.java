package switchboard.adapter.out.provider.webhook;

import java.time.Clock;
import java.util.Optional;

import switchboard.adapter.out.provider.support.RetryAfter;
import switchboard.domain.delivery.AttemptResult;

import static switchboard.adapter.out.provider.support.ProviderText.oneLine;

/**
 * What an endpoint's answer means for the delivery: any 2xx is success; 410 Gone means the
 * endpoint is gone for good; 408, 429 and 5xx are tried again, not before {@code Retry-After}
 * (capped at a day); redirects and every other status are refused for good.
 */
final class WebhookResponses {

    private WebhookResponses() {
    }

    /**
     * @param retryAfter the {@code Retry-After} header
     * @param location   the {@code Location} header
     * @param body       the start of the answer's body, as text
     */
    static AttemptResult outcome(int status, Optional<String> retryAfter, Optional<String> location, String body,
                                 Clock clock) {
        if (status >= 200 && status <= 299) {
            return new AttemptResult.Sent(null);
        }
        String answer = "HTTP " + status + describedBy(body);
        if (status == 410) {
            return new AttemptResult.Gone(answer + " (the endpoint is gone)");
        }
        if (status == 408 || status == 429 || (status >= 500 && status <= 599)) {
            return new AttemptResult.Deferred(answer, retryAfter.flatMap(value -> RetryAfter.parse(value, clock)));
        }
        if (status >= 300 && status <= 399) {
            return new AttemptResult.Rejected("HTTP " + status + ": redirects are not followed"
                    + location.map(target -> " (Location: " + oneLine(target) + ")").orElse("")
                    + "; point the webhook at the final URL");
        }
        return new AttemptResult.Rejected(answer);
    }

    private static String describedBy(String body) {
        String text = oneLine(body);
        return text.isEmpty() ? "" : ": " + text;
    }
}
