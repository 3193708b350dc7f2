package switchboard.adapter.out.metrics;

import io.micrometer.core.instrument.MeterRegistry;

import java.util.EnumMap;
import java.util.Map;

import switchboard.application.message.port.NewMessage;
import switchboard.application.send.port.SendMeter;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.message.Message;
import switchboard.domain.recipient.Channel;

/**
 * Accepted messages by API ({@code switchboard_messages_accepted_total}) and their deliveries by API and
 * channel ({@code switchboard_deliveries_accepted_total}).
 */
public final class MicrometerSendMeter implements SendMeter {

    private final Counters messages;
    private final Counters deliveries;

    public MicrometerSendMeter(MeterRegistry registry, boolean tenantLabel) {
        this.messages = new Counters(registry, MeterNames.MESSAGES_ACCEPTED, "Messages the APIs accepted and stored",
                tenantLabel, MeterNames.API);
        this.deliveries = new Counters(registry, MeterNames.DELIVERIES_ACCEPTED,
                "Deliveries (one per recipient and channel) of the messages the APIs accepted", tenantLabel,
                MeterNames.API, MeterNames.CHANNEL);
    }

    @Override
    public void accepted(NewMessage stored) {
        Message message = stored.message();
        messages.increment(message.tenantId(), message.origin());
        Map<Channel, Integer> byChannel = new EnumMap<>(Channel.class);
        for (Delivery delivery : stored.deliveries()) {
            byChannel.merge(delivery.channel(), 1, Integer::sum);
        }
        byChannel.forEach((channel, count) ->
                deliveries.increment(message.tenantId(), count, message.origin(), Labels.of(channel), null));
    }
}
