package switchboard.adapter.out.telemetry;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.time.Instant;
import java.util.Optional;

import switchboard.domain.delivery.Delivery;
import switchboard.domain.message.Content;
import switchboard.domain.message.MessageId;
import switchboard.domain.recipient.Channel;
import switchboard.domain.recipient.Recipient;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;

class Slf4jDeliveryLogTest {

    private static final Instant NOW = Instant.parse("2026-05-04T10:15:00Z");

    private final Logger logger = (Logger) LoggerFactory.getLogger(Slf4jDeliveryLog.LOGGER);
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

    @BeforeEach
    void listen() {
        lines.start();
        logger.addAppender(lines);
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(lines);
    }

    @Test
    void aLineCarriesTheDeliverysFactsAndTheAttemptsSpanButNeitherAddressNorContent() {
        Delivery queued = Delivery.queue(MessageId.generate(), new TenantId("acme"), Recipient.of(Channel.SMS, "+27821234567"),
                Content.text("Subject nobody logs", "Body nobody logs"), NOW, NOW);
        Delivery claimed = queued.claim(NOW);

        new Slf4jDeliveryLog().changed(claimed, Optional.of("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"));

        ILoggingEvent line = lines.list.get(0);
        assertThat(line.getMDCPropertyMap()).containsEntry("deliveryId", claimed.id().toString())
                .containsEntry("messageId", claimed.messageId().toString()).containsEntry("tenant", "acme")
                .containsEntry("channel", "sms").containsEntry("provider", "twilio").containsEntry("outcome", "sending")
                .containsEntry("attempt", "1").containsEntry("trace_id", "4bf92f3577b34da6a3ce929d0e0e4736")
                .containsEntry("span_id", "00f067aa0ba902b7");
        assertThat(line.getFormattedMessage()).contains(claimed.id().toString()).doesNotContain("+27821234567")
                .doesNotContain("nobody logs");
        assertThat(MDC.getCopyOfContextMap()).as("nothing left in the MDC").isNullOrEmpty();
    }
}
