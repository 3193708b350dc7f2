package switchboard.adapter.out.provider.webhook;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Retry-After as endpoints write it, right or wrong. */
class WebhookResponsesTest {

    private static final Instant NOW = Instant.parse("2025-03-04T05:06:07Z");

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            120                           | PT2M
            ' 30 '                        | PT30S
            86400                         | PT24H
            172800                        | PT24H
            99999999999999999999          | PT24H
            Tue, 04 Mar 2025 05:16:07 GMT | PT10M
            Wed, 04 Mar 2026 05:06:07 GMT | PT24H
            0                             | none
            Tue, 04 Mar 2025 05:00:00 GMT | none
            -5                            | none
            soon                          | none
            2025-03-04T06:00:00Z          | none
            ''                            | none
            """)
    void retryAfterIsSecondsOrAnHttpDateInTheFutureAndAtMostADay(String header, String expected) {
        assertThat(WebhookResponses.retryAfter(header, NOW)).isEqualTo(Optional.ofNullable(expected).map(Duration::parse));
    }
}
