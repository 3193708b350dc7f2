package switchboard.adapter.out.provider;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2025-03-04T10:00:00Z");

    @Test
    void readsSecondsAndHttpDates() {
        assertThat(RetryAfter.parse(Optional.of("120"), NOW)).contains(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse(Optional.of(" 5 "), NOW)).contains(Duration.ofSeconds(5));
        assertThat(RetryAfter.parse(Optional.of("Tue, 4 Mar 2025 10:01:30 GMT"), NOW)).contains(Duration.ofSeconds(90));
    }

    @Test
    void nothingWhenAbsentUnreadableOrPast() {
        assertThat(RetryAfter.parse(Optional.empty(), NOW)).isEmpty();
        assertThat(RetryAfter.parse(Optional.of("soon"), NOW)).isEmpty();
        assertThat(RetryAfter.parse(Optional.of("-5"), NOW)).isEmpty();
        assertThat(RetryAfter.parse(Optional.of("0"), NOW)).isEmpty();
        assertThat(RetryAfter.parse(Optional.of("Tue, 4 Mar 2025 09:59:00 GMT"), NOW)).isEmpty();
    }

    @Test
    void neverMoreThanADay() {
        assertThat(RetryAfter.parse(Optional.of("9999999999"), NOW)).contains(Duration.ofDays(1));
        assertThat(RetryAfter.parse(Optional.of("Tue, 1 Apr 2025 10:00:00 GMT"), NOW)).contains(Duration.ofDays(1));
    }
}
