package switchboard.adapter.out.provider.webhook;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import switchboard.domain.delivery.AttemptResult;

/**
 * What an endpoint's answer means for the delivery: any 2xx is success; 410 Gone means the
 * endpoint is gone for good; 408, 429 and 5xx are tried again, not before {@code Retry-After}
 * (capped at a day); redirects and every other status are refused for good.
 */
final class WebhookResponses {

    static final Duration MAX_RETRY_AFTER = Duration.ofDays(1);

    private static final int SHOWN_CHARACTERS = 200;

    private WebhookResponses() {
    }

    /**
     * @param retryAfter the {@code Retry-After} header, or null
     * @param location   the {@code Location} header, or null
     * @param body       the start of the answer's body, as text
     */
    static AttemptResult outcome(int status, String retryAfter, String location, String body, Instant now) {
        if (status >= 200 && status <= 299) {
            return new AttemptResult.Sent(null);
        }
        String answer = "HTTP " + status + describedBy(body);
        if (status == 410) {
            return new AttemptResult.Gone(answer + " (the endpoint is gone)");
        }
        if (status == 408 || status == 429 || (status >= 500 && status <= 599)) {
            return new AttemptResult.Deferred(answer, retryAfter(retryAfter, now));
        }
        if (status >= 300 && status <= 399) {
            return new AttemptResult.Rejected("HTTP " + status + ": redirects are not followed"
                    + (location == null ? "" : " (Location: " + oneLine(location) + ")")
                    + "; point the webhook at the final URL");
        }
        return new AttemptResult.Rejected(answer);
    }

    /** Seconds, or an HTTP date; nothing when absent, unreadable or already past. */
    static Optional<Duration> retryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = value.strip();
        Duration wait;
        if (text.matches("[0-9]+")) {
            wait = text.length() > 9 ? MAX_RETRY_AFTER : Duration.ofSeconds(Long.parseLong(text));
        } else {
            try {
                wait = Duration.between(now, ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (DateTimeParseException unreadable) {
                return Optional.empty();
            }
        }
        if (wait.isNegative() || wait.isZero()) {
            return Optional.empty();
        }
        return Optional.of(wait.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : wait);
    }

    private static String describedBy(String body) {
        String text = oneLine(body);
        return text.isEmpty() ? "" : ": " + text;
    }

    /** On one line, at most {@value #SHOWN_CHARACTERS} characters: fit for a delivery's last error. */
    private static String oneLine(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= SHOWN_CHARACTERS ? line : line.substring(0, SHOWN_CHARACTERS) + "...";
    }
}
