package switchboard.adapter.in.capillary.send;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ScheduledTimesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-22T00:25:06+05:30", "2024-02-22T00:25:06+0530", "2024-02-21T18:55:06Z",
            "2024-02-21T18:55:06.000Z", "2024-02-21T10:55:06-08", " 2024-02-21t18:55:06z "})
    void everyOffsetNamesTheSameInstant(String written) {
        ItemCheck check = new ItemCheck();

        assertThat(ScheduledTimes.read(written, check)).contains(Instant.parse("2024-02-21T18:55:06Z"));
        assertThat(check.failed()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-22T00:25:06", "2024-02-22", "22/02/2024 00:25", "tomorrow", "2024-02-30T00:00:00Z"})
    void aTimeThatNamesNoInstantIsAFaultOfTheItem(String written) {
        ItemCheck check = new ItemCheck();

        assertThat(ScheduledTimes.read(written, check)).isEmpty();
        assertThat(check.errors()).singleElement().satisfies(error -> assertThat(error.code()).isEqualTo(7103));
    }

    @Test
    void noTimeMeansNow() {
        ItemCheck check = new ItemCheck();

        assertThat(ScheduledTimes.read(null, check)).isEmpty();
        assertThat(ScheduledTimes.read(" ", check)).isEmpty();
        assertThat(check.failed()).isFalse();
    }
}
