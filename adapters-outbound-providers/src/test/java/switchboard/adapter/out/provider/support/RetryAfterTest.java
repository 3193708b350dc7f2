package switchboard.adapter.out.provider.support;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class RetryAfterTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2015-10-21T07:28:00Z"), ZoneOffset.UTC);

    @Test
    void readsSecondsAndHttpDates() {
        assertThat(RetryAfter.parse("120", NOW)).contains(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse(" 5 ", NOW)).contains(Duration.ofSeconds(5));
        assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:30:00 GMT", NOW)).contains(Duration.ofMinutes(2));
    }

    @Test
    void nothingWhenUnreadableOrPast() {
        assertThat(RetryAfter.parse("soon", NOW)).isEmpty();
        assertThat(RetryAfter.parse("-5", NOW)).isEmpty();
        assertThat(RetryAfter.parse("0", NOW)).isEmpty();
        assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:00:00 GMT", NOW)).as("a date past").isEmpty();
    }

    @Test
    void neverMoreThanADay() {
        assertThat(RetryAfter.parse("9999999999", NOW)).contains(Duration.ofDays(1));
        assertThat(RetryAfter.parse("Sun, 1 Nov 2015 07:28:00 GMT", NOW)).contains(Duration.ofDays(1));
    }
}
