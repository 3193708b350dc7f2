package switchboard.adapter.out.provider;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** An HTTP {@code Retry-After} header (RFC 9110 10.2.3): a number of seconds, or an HTTP date. */
public final class RetryAfter {

    /** Long enough for any provider's rate limit; a larger number is a mistake, not a wish. */
    private static final Duration LONGEST = Duration.ofDays(1);

    private RetryAfter() {
    }

    /** How long to wait from {@code now}; empty when the header is absent, unreadable, or already past. */
    public static Optional<Duration> parse(Optional<String> header, Instant now) {
        return header.map(String::strip)
                .flatMap(value -> value.matches("\\d{1,10}") ? Optional.of(Duration.ofSeconds(Long.parseLong(value)))
                        : untilDate(value, now))
                .filter(wait -> !wait.isZero() && !wait.isNegative())
                .map(wait -> wait.compareTo(LONGEST) > 0 ? LONGEST : wait);
    }

    private static Optional<Duration> untilDate(String value, Instant now) {
        try {
            Instant then = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return Optional.of(Duration.between(now, then));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
