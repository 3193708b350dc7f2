package switchboard.application.overview;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

import switchboard.application.dispatch.port.FinishedMinute;
import switchboard.application.dispatch.port.OutboxCensus;
import switchboard.application.dispatch.port.OutboxCount;
import switchboard.application.dispatch.port.OutboxCount.OutboxState;
import switchboard.domain.delivery.DeliveryStatus;
import switchboard.domain.recipient.Channel;
import switchboard.domain.tenant.TenantId;

/**
 * Reads the outbox census the metrics read too, and the deliveries finished in the last hour, and
 * lays them out by channel, every channel listed, every minute of the hour too.
 */
public final class CountOutboxService implements CountOutboxUseCase {

    private final OutboxCensus census;
    private final Clock clock;

    public CountOutboxService(OutboxCensus census, Clock clock) {
        this.census = Objects.requireNonNull(census, "census");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public OutboxOverview count(Optional<TenantId> tenant) {
        Instant now = clock.instant();
        Instant since = now.truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(OutboxOverview.MINUTES - 1));
        OutboxCount count = census.count(tenant, now);
        List<FinishedMinute> finished = census.finishedSince(tenant, since);
        return new OutboxOverview(now, since, Arrays.stream(Channel.values())
                .map(channel -> line(channel, count, finished.stream().filter(minute -> minute.channel() == channel).toList(), since))
                .toList(), count.oldestDueAge());
    }

    private static OutboxOverview.ChannelLine line(Channel channel, OutboxCount count, List<FinishedMinute> finished, Instant since) {
        long[] succeeded = new long[OutboxOverview.MINUTES];
        long[] failed = new long[OutboxOverview.MINUTES];
        for (FinishedMinute minute : finished) {
            int index = (int) Duration.between(since, minute.minute()).toMinutes();
            if (index >= 0 && index < OutboxOverview.MINUTES) {
                (minute.status() == DeliveryStatus.FAILED ? failed : succeeded)[index] += minute.deliveries();
            }
        }
        return new OutboxOverview.ChannelLine(channel, count.of(channel, OutboxState.QUEUED),
                count.of(channel, OutboxState.DUE), count.of(channel, OutboxState.SCHEDULED),
                count.of(channel, OutboxState.SENDING), count.of(channel, OutboxState.DEAD),
                total(finished, DeliveryStatus.SENT, DeliveryStatus.DELIVERED), total(finished, DeliveryStatus.CAPTURED),
                total(finished, DeliveryStatus.FAILED),
                IntStream.range(0, OutboxOverview.MINUTES).mapToObj(index -> new OutboxOverview.Minute(
                        since.plus(Duration.ofMinutes(index)), succeeded[index], failed[index])).toList());
    }

    private static long total(List<FinishedMinute> finished, DeliveryStatus... statuses) {
        List<DeliveryStatus> counted = List.of(statuses);
        return finished.stream().filter(minute -> counted.contains(minute.status())).mapToLong(FinishedMinute::deliveries).sum();
    }
}
