package switchboard.adapter.in.console.pages;

import java.util.List;
import java.util.stream.IntStream;

import switchboard.application.overview.OutboxOverview;

/**
 * A channel's last hour as a bar chart drawn in inline SVG: one bar a minute, oldest on the left,
 * its height the deliveries finished in that minute, the failed ones stacked on top. Bars are scaled
 * to the channel's busiest minute. The drawing is all geometry attributes and classes (no style
 * attribute, no script), so it renders under the console's policy.
 */
public record ThroughputChart(String label, long finished, List<Bar> bars) {

    /** The drawing's height in its own units; a minute is one unit wide. */
    public static final int HEIGHT = 100;

    public static ThroughputChart of(OutboxOverview.ChannelLine line) {
        List<OutboxOverview.Minute> minutes = line.lastHour();
        long busiest = minutes.stream().mapToLong(OutboxOverview.Minute::finished).max().orElse(0);
        List<Bar> bars = IntStream.range(0, minutes.size())
                .filter(index -> minutes.get(index).finished() > 0)
                .mapToObj(index -> Bar.of(index, minutes.get(index), busiest))
                .toList();
        String label = "%s: %d finished in the last hour (%d failed), at most %d in a minute"
                .formatted(line.channel().name(), line.finished(), line.failed(), busiest);
        return new ThroughputChart(label, line.finished(), bars);
    }

    public String viewBox() {
        return "0 0 " + OutboxOverview.MINUTES + " " + HEIGHT;
    }

    /** One minute's bar: the part sent or captured at the bottom, the failed part above it. */
    public record Bar(int x, int succeededY, int succeededHeight, int failedY, int failedHeight) {

        static Bar of(int index, OutboxOverview.Minute minute, long busiest) {
            int succeeded = scaled(minute.succeeded(), busiest);
            int failed = scaled(minute.finished(), busiest) - succeeded;
            return new Bar(index, HEIGHT - succeeded, succeeded, HEIGHT - succeeded - failed, failed);
        }

        /** At least one unit for a minute with any delivery, so that a quiet minute still shows. */
        private static int scaled(long deliveries, long busiest) {
            return deliveries == 0 ? 0 : (int) Math.max(1, Math.round(deliveries * (double) HEIGHT / busiest));
        }
    }
}
