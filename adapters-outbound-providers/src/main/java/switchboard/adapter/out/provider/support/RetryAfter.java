package switchboard.adapter.out.provider.support;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** An answer's {@code Retry-After} header (RFC 9110 10.2.3): a number of seconds, or an HTTP date. */
public final class RetryAfter {

    /** Long enough for any provider's rate limit; a larger number is a mistake, not a wish. */
    private static final Duration LONGEST = Duration.ofDays(1);

    private RetryAfter() {
    }

    /** How long the provider asks to wait, from now; empty without a header, or with one unreadable or already past. */
    public static Optional<Duration> of(HttpResponse<?> response, Clock clock) {
        return response.headers().firstValue("Retry-After").flatMap(value -> parse(value, clock));
    }

    static Optional<Duration> parse(String header, Clock clock) {
        String value = header.strip();
        return (value.matches("\\d{1,10}") ? Optional.of(Duration.ofSeconds(Long.parseLong(value))) : untilDate(value, clock))
                .filter(wait -> !wait.isZero() && !wait.isNegative())
                .map(wait -> wait.compareTo(LONGEST) > 0 ? LONGEST : wait);
    }

    private static Optional<Duration> untilDate(String value, Clock clock) {
        try {
            return Optional.of(Duration.between(clock.instant(),
                    ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
