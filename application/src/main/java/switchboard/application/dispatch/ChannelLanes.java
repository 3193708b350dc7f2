package switchboard.application.dispatch;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import switchboard.application.dispatch.port.ClaimedDelivery;
import switchboard.domain.recipient.Channel;

/**
 * Claimed deliveries waiting for a sending thread, one lane per channel (a channel is one
 * provider's connections), so that a backlog for one provider never queues another's sends behind
 * it. A free thread takes the head of the waiting lane with the fewest sends under way, ties going
 * to the lane after the one served last: while several channels have work, each holds an equal
 * share of the threads, whatever their speed; alone, a channel takes them all.
 */
final class ChannelLanes {

    private final Map<Channel, ArrayDeque<ClaimedDelivery>> waiting = new EnumMap<>(Channel.class);
    private final Map<Channel, Integer> underWay = new EnumMap<>(Channel.class);
    private int lastServed = -1;

    synchronized void add(ClaimedDelivery delivery) {
        waiting.computeIfAbsent(delivery.delivery().channel(), channel -> new ArrayDeque<>()).add(delivery);
    }

    /** The next delivery to send, counted as under way until {@link #done}; null if none waits. */
    synchronized ClaimedDelivery take() {
        Channel chosen = null;
        Channel[] channels = Channel.values();
        for (int step = 1; step <= channels.length; step++) {
            Channel candidate = channels[Math.floorMod(lastServed + step, channels.length)];
            ArrayDeque<ClaimedDelivery> lane = waiting.get(candidate);
            if (lane != null && !lane.isEmpty() && (chosen == null || busy(candidate) < busy(chosen))) {
                chosen = candidate;
            }
        }
        if (chosen == null) {
            return null;
        }
        lastServed = chosen.ordinal();
        underWay.merge(chosen, 1, Integer::sum);
        return waiting.get(chosen).poll();
    }

    /** Every delivery still waiting, taken out of the lanes: none of them will be sent. */
    synchronized List<ClaimedDelivery> takeAllWaiting() {
        List<ClaimedDelivery> all = new ArrayList<>();
        waiting.values().forEach(lane -> {
            all.addAll(lane);
            lane.clear();
        });
        return all;
    }

    synchronized void done(ClaimedDelivery delivery) {
        underWay.merge(delivery.delivery().channel(), -1, Integer::sum);
    }

    private int busy(Channel channel) {
        return underWay.getOrDefault(channel, 0);
    }
}
