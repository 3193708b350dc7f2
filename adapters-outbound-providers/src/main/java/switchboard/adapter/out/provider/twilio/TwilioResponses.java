package switchboard.adapter.out.provider.twilio;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import switchboard.adapter.out.provider.support.JsonBodies;
import switchboard.adapter.out.provider.support.ProviderText;
import switchboard.adapter.out.provider.support.RetryAfter;
import switchboard.domain.delivery.AttemptResult;

/**
 * What the Messages resource's answer means for the delivery. A 2xx is success, whatever its
 * body says: the message is queued at Twilio, and sending it again would send it twice. Errors
 * are JSON {@code {code, message, more_info, status}}; their code decides where Twilio documents
 * it, and the HTTP status otherwise:
 * <ul>
 * <li>21610 (the recipient replied STOP): the address is gone, and never to be used again;</li>
 * <li>21211 (invalid To), 21408 (region not enabled), 20003 (authentication failed) and every
 *     other 4xx: refused for good. A wrong account will not get better by retrying, and the
 *     admin sees the code in the delivery's last error;</li>
 * <li>429 / 20429 (too many requests) and every 5xx: tried again later, not before the
 *     {@code Retry-After} Twilio asks for;</li>
 * <li>21611 (the sender's queue of messages is full, a 400): tried again after
 *     {@link #QUEUE_FULL_WAIT}, by when Twilio has sent some of the queue. The messages of a
 *     bulk past what one number queues would otherwise all fail for good.</li>
 * </ul>
 * The error text is {@code twilio <code>: <message>}, or the HTTP status and the start of the
 * body when it is not Twilio's JSON.
 */
final class TwilioResponses {

    static final int OPTED_OUT = 21610;
    static final int SENDERS_QUEUE_FULL = 21611;
    static final Duration QUEUE_FULL_WAIT = Duration.ofMinutes(10);
    private static final Set<Integer> RATE_LIMITED = Set.of(429, 20429);
    private static final int MAX_BODY_SHOWN = 200;

    private TwilioResponses() {
    }

    static AttemptResult outcomeOf(HttpResponse<byte[]> response, JsonBodies json, Clock clock) {
        int status = response.statusCode();
        Optional<Map<String, Object>> body = json.read(response.body(), Map.class).map(TwilioResponses::fields);
        if (status >= 200 && status < 300) {
            return new AttemptResult.Sent(body.map(fields -> fields.get("sid")).map(String::valueOf).orElse(null));
        }
        Optional<Integer> code = body.map(fields -> fields.get("code")).filter(Number.class::isInstance)
                .map(number -> ((Number) number).intValue());
        String error = code.map(number -> "twilio " + number + ": "
                        + ProviderText.oneLine(String.valueOf(body.get().getOrDefault("message", "(no message)"))))
                .orElseGet(() -> "twilio answered HTTP " + status + shown(response.body()));
        if (code.filter(number -> number == OPTED_OUT).isPresent()) {
            return new AttemptResult.Gone(error);
        }
        if (code.filter(number -> number == SENDERS_QUEUE_FULL).isPresent()) {
            return new AttemptResult.Deferred(error, Optional.of(QUEUE_FULL_WAIT));
        }
        if (RATE_LIMITED.contains(status) || code.filter(RATE_LIMITED::contains).isPresent() || status >= 500) {
            return new AttemptResult.Deferred(error, RetryAfter.of(response, clock));
        }
        if (status >= 400) {
            return new AttemptResult.Rejected(error);
        }
        return new AttemptResult.Deferred(error);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> fields(Map<?, ?> object) {
        return (Map<String, Object>) object;
    }

    /** The start of a body that is not Twilio's JSON (a proxy's HTML page, say), on one line. */
    private static String shown(byte[] body) {
        String text = ProviderText.oneLine(new String(body, StandardCharsets.UTF_8));
        return text.isEmpty() ? "" : ": " + (text.length() > MAX_BODY_SHOWN ? text.substring(0, MAX_BODY_SHOWN) + "..." : text);
    }
}
