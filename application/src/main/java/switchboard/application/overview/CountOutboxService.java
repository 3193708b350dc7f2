package switchboard.application.overview;

import java.time.Clock;
import java.util.Arrays;
import java.util.Objects;

import switchboard.application.dispatch.port.OutboxCensus;
import switchboard.application.dispatch.port.OutboxCount;
import switchboard.application.dispatch.port.OutboxCount.OutboxState;
import switchboard.domain.recipient.Channel;

/** Reads the outbox census the metrics read too, and lays it out by channel, every channel listed. */
public final class CountOutboxService implements CountOutboxUseCase {

    private final OutboxCensus census;
    private final Clock clock;

    public CountOutboxService(OutboxCensus census, Clock clock) {
        this.census = Objects.requireNonNull(census, "census");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public OutboxOverview count() {
        OutboxCount count = census.count(clock.instant());
        return new OutboxOverview(count.at(), Arrays.stream(Channel.values())
                .map(channel -> new OutboxOverview.ChannelLine(channel, count.of(channel, OutboxState.QUEUED),
                        count.of(channel, OutboxState.DUE), count.of(channel, OutboxState.SCHEDULED),
                        count.of(channel, OutboxState.SENDING), count.of(channel, OutboxState.DEAD)))
                .toList(), count.oldestDueAge());
    }
}
