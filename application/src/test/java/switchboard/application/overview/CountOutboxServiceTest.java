package switchboard.application.overview;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import switchboard.application.dispatch.port.OutboxCount;
import switchboard.application.dispatch.port.OutboxCount.OutboxState;
import switchboard.domain.recipient.Channel;

import static org.assertj.core.api.Assertions.assertThat;

class CountOutboxServiceTest {

    private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");

    @Test
    void everyChannelHasALineAndTheOldestDueAgeComesFromTheCensus() {
        CountOutboxService service = new CountOutboxService(now -> new OutboxCount(now, Map.of(Channel.SMS,
                Map.of(OutboxState.QUEUED, 5L, OutboxState.DUE, 3L, OutboxState.SCHEDULED, 2L, OutboxState.SENDING, 1L,
                        OutboxState.DEAD, 4L)), Optional.of(NOW.minusSeconds(90))), Clock.fixed(NOW, ZoneOffset.UTC));

        OutboxOverview overview = service.count();

        assertThat(overview.at()).isEqualTo(NOW);
        assertThat(overview.oldestDueAge()).isEqualTo(Duration.ofSeconds(90));
        assertThat(overview.channels()).hasSize(Channel.values().length);
        assertThat(overview.channels()).contains(new OutboxOverview.ChannelLine(Channel.SMS, 5, 3, 2, 1, 4),
                new OutboxOverview.ChannelLine(Channel.EMAIL, 0, 0, 0, 0, 0));
    }
}
