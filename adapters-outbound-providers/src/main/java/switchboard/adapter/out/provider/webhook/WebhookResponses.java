package switchboard.adapter.out.provider.webhook;

import java.time.Clock;

import switchboard.adapter.out.provider.support.RetryAfter;
import switchboard.domain.delivery.AttemptResult;

/**
 * What an endpoint's answer means for the delivery: any 2xx is success; 410 Gone means the
 * endpoint is gone for good; 408, 429 and 5xx are tried again, not before {@code Retry-After}
 * (capped at a day); redirects and every other status are refused for good.
 */
final class WebhookResponses {

    private WebhookResponses() {
    }

    static AttemptResult outcome(GuardedWebhookClient.Answer answer, Clock clock) {
        int status = answer.status();
        if (answer.isSuccess()) {
            return new AttemptResult.Sent(null);
        }
        if (status == 410) {
            return new AttemptResult.Gone(answer.summary() + " (the endpoint is gone)");
        }
        if (status == 408 || status == 429 || (status >= 500 && status <= 599)) {
            return new AttemptResult.Deferred(answer.summary(), answer.header("Retry-After")
                    .flatMap(value -> RetryAfter.parse(value, clock)));
        }
        return new AttemptResult.Rejected(answer.summary());
    }
}
