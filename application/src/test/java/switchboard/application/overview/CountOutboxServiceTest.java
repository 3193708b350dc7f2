package switchboard.application.overview;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import switchboard.application.dispatch.port.FinishedMinute;
import switchboard.application.dispatch.port.OutboxCensus;
import switchboard.application.dispatch.port.OutboxCount;
import switchboard.application.dispatch.port.OutboxCount.OutboxState;
import switchboard.domain.delivery.DeliveryStatus;
import switchboard.domain.recipient.Channel;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;

class CountOutboxServiceTest {

    private static final Instant NOW = Instant.parse("2026-12-06T12:00:30Z");
    private static final Instant FIRST_MINUTE = Instant.parse("2026-12-06T11:01:00Z");
    private static final TenantId ACME = new TenantId("acme");

    private final List<Optional<TenantId>> asked = new ArrayList<>();

    private final OutboxCensus census = new OutboxCensus() {
        @Override
        public OutboxCount count(Optional<TenantId> tenant, Instant now) {
            asked.add(tenant);
            return new OutboxCount(now, Map.of(Channel.SMS, Map.of(OutboxState.QUEUED, 5L, OutboxState.DUE, 3L,
                    OutboxState.SCHEDULED, 2L, OutboxState.SENDING, 1L, OutboxState.DEAD, 4L)), Optional.of(NOW.minusSeconds(90)));
        }

        @Override
        public List<FinishedMinute> finishedSince(Optional<TenantId> tenant, Instant since) {
            asked.add(tenant);
            assertThat(since).isEqualTo(FIRST_MINUTE);
            return List.of(new FinishedMinute(Channel.SMS, DeliveryStatus.SENT, FIRST_MINUTE, 2),
                    new FinishedMinute(Channel.SMS, DeliveryStatus.DELIVERED, FIRST_MINUTE, 1),
                    new FinishedMinute(Channel.SMS, DeliveryStatus.FAILED, Instant.parse("2026-12-06T12:00:00Z"), 6),
                    new FinishedMinute(Channel.SMS, DeliveryStatus.CAPTURED, Instant.parse("2026-12-06T12:00:00Z"), 7));
        }
    };

    private final CountOutboxService service = new CountOutboxService(census, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void everyChannelHasALineAndTheOldestDueAgeComesFromTheCensus() {
        OutboxOverview overview = service.count(Optional.of(ACME));

        assertThat(asked).containsOnly(Optional.of(ACME));
        assertThat(overview.at()).isEqualTo(NOW);
        assertThat(overview.oldestDueAge()).isEqualTo(Duration.ofSeconds(90));
        assertThat(overview.channels()).hasSize(Channel.values().length);
        OutboxOverview.ChannelLine sms = line(overview, Channel.SMS);
        assertThat(List.of(sms.queued(), sms.due(), sms.scheduled(), sms.sending(), sms.dead())).containsExactly(5L, 3L, 2L, 1L, 4L);
        OutboxOverview.ChannelLine email = line(overview, Channel.EMAIL);
        assertThat(List.of(email.queued(), email.sent(), email.failed())).containsOnly(0L);
    }

    @Test
    void theLastHourIsSixtyMinutesEndingWithTheCurrentOne() {
        OutboxOverview overview = service.count(Optional.empty());

        assertThat(asked).containsOnly(Optional.empty());
        assertThat(overview.since()).isEqualTo(FIRST_MINUTE);
        OutboxOverview.ChannelLine sms = line(overview, Channel.SMS);
        assertThat(List.of(sms.sent(), sms.captured(), sms.failed(), sms.finished())).containsExactly(3L, 7L, 6L, 16L);
        assertThat(sms.lastHour()).hasSize(OutboxOverview.MINUTES);
        assertThat(sms.lastHour().get(0)).isEqualTo(new OutboxOverview.Minute(FIRST_MINUTE, 3, 0));
        assertThat(sms.lastHour().get(59)).isEqualTo(new OutboxOverview.Minute(Instant.parse("2026-12-06T12:00:00Z"), 7, 6));
        assertThat(sms.lastHour().subList(1, 59)).allSatisfy(minute -> assertThat(minute.finished()).isZero());
    }

    private static OutboxOverview.ChannelLine line(OutboxOverview overview, Channel channel) {
        return overview.channels().stream().filter(line -> line.channel() == channel).findFirst().orElseThrow();
    }
}
