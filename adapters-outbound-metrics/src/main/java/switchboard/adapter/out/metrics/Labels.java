package switchboard.adapter.out.metrics;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import switchboard.application.dispatch.port.DeliveryOutcome;
import switchboard.application.dispatch.port.OutboxCount.OutboxState;
import switchboard.domain.recipient.Channel;

/** Label values in lower case, made once: {@code email}, {@code in_app}, {@code retried}. */
final class Labels {

    private static final Map<Channel, String> CHANNELS = lowerCase(Channel.class);
    private static final Map<DeliveryOutcome, String> OUTCOMES = lowerCase(DeliveryOutcome.class);
    private static final Map<OutboxState, String> STATES = lowerCase(OutboxState.class);

    static String of(Channel channel) {
        return CHANNELS.get(channel);
    }

    static String of(DeliveryOutcome outcome) {
        return OUTCOMES.get(outcome);
    }

    static String of(OutboxState state) {
        return STATES.get(state);
    }

    private static <E extends Enum<E>> Map<E, String> lowerCase(Class<E> type) {
        Map<E, String> names = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            names.put(value, value.name().toLowerCase(Locale.ROOT));
        }
        return names;
    }

    private Labels() {
    }
}
