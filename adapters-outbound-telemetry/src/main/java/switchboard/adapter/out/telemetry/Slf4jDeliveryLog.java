package switchboard.adapter.out.telemetry;

import io.opentelemetry.api.trace.SpanContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import switchboard.application.telemetry.port.DeliveryLog;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.delivery.DeliveryStatus;
import switchboard.domain.recipient.Channel;

/**
 * The delivery log at INFO under the logger {@value #LOGGER}, which an operator can silence or
 * route on its own. Each line names the delivery's facts in its text, and in the MDC for JSON
 * logs (one field each); never its address, content or error text, which may hold what a caller
 * sent. A line for a state reached within a span names that span ({@link TraceFields}).
 */
public final class Slf4jDeliveryLog implements DeliveryLog {

    public static final String LOGGER = "switchboard.delivery";
    /** The fields of a line, as the MDC (and a JSON log) names them. */
    public static final List<String> FIELDS = List.of("messageId", "deliveryId", "tenant", "channel", "provider", "outcome",
            "attempt");

    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);
    /** The provider each channel is sent through in this gateway. */
    private static final Map<Channel, String> PROVIDERS = Map.of(Channel.EMAIL, "smtp", Channel.SMS, "twilio",
            Channel.WHATSAPP, "twilio", Channel.PUSH, "fcm", Channel.ZALO, "zalo", Channel.WEBHOOK, "webhook",
            Channel.IN_APP, "inbox");

    @Override
    public void changed(Delivery delivery, Optional<String> traceContext) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        List<String> values = List.of(delivery.messageId().toString(), delivery.id().toString(),
                delivery.tenantId().value(), delivery.channel().name().toLowerCase(Locale.ROOT),
                delivery.status() == DeliveryStatus.CAPTURED ? "capture" : PROVIDERS.get(delivery.channel()),
                delivery.status().name().toLowerCase(Locale.ROOT), String.valueOf(delivery.attempts()));
        for (int i = 0; i < FIELDS.size(); i++) {
            MDC.put(FIELDS.get(i), values.get(i));
        }
        try (TraceFields inLog = TraceFields.of(traceContext.map(TraceParent::spanOf).orElse(SpanContext.getInvalid()))) {
            LOG.info("delivery {} of message {} is {} (tenant {}, {} via {}, attempt {})", values.get(1), values.get(0),
                    values.get(5), values.get(2), values.get(3), values.get(4), values.get(6));
        } finally {
            FIELDS.forEach(MDC::remove);
        }
    }
}
