package switchboard.application.dispatch;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import switchboard.application.memory.Gateway;
import switchboard.application.memory.RecordingDeliveryLog;
import switchboard.application.memory.RecordingEmailSender;
import switchboard.application.memory.RecordingTracing.Span;
import switchboard.application.message.CancelMessageService;
import switchboard.application.send.RecipientRequest.ToAddress;
import switchboard.application.send.SendCommand;
import switchboard.application.send.SendResult;
import switchboard.application.telemetry.port.Tracing;
import switchboard.domain.delivery.AttemptResult;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.delivery.DeliveryStatus;
import switchboard.domain.delivery.RetryPolicy;
import switchboard.domain.message.Content;
import switchboard.domain.recipient.Channel;
import switchboard.domain.recipient.EmailAddress;
import switchboard.domain.recipient.Recipient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static switchboard.application.memory.Eventually.waitFor;

/** The trace context a send is stored in reaches its attempts; each recorded state reaches the delivery log. */
class TraceAndDeliveryLogTest {

    private final RecordingEmailSender email = new RecordingEmailSender();
    private Gateway gateway;

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void theAttemptAndTheProviderCallContinueTheTraceTheSendWasStoredIn() throws Exception {
        gateway = new Gateway(Senders.email(email));
        gateway.worker.start();

        gateway.tracing.inSpan(Optional.empty(), "request", Tracing.Kind.INTERNAL, Map.of(), () -> gateway.send.send(
                SendCommand.of(Gateway.TENANT, "test", Content.text("Hello", "Body"),
                        List.of(new ToAddress(new Recipient(Channel.EMAIL, new EmailAddress("ann@example.com")))))));

        waitFor(() -> gateway.deliveryLog.changes().stream().anyMatch(delivery -> delivery.status() == DeliveryStatus.SENT));
        assertThat(gateway.tracing.spans()).extracting(Span::name, Span::parent).containsExactly(
                tuple("request", Optional.empty()),
                tuple("store send", Optional.of("request")),
                tuple("dispatch email", Optional.of("request")),
                tuple("provider email", Optional.of("dispatch email")));
        Span dispatch = gateway.tracing.spans().get(2);
        assertThat(dispatch.kind()).isEqualTo(Tracing.Kind.CONSUMER);
        assertThat(dispatch.attributes()).containsEntry("switchboard.channel", "EMAIL").containsEntry("switchboard.attempt", "1");
        assertThat(gateway.deliveryLog.lines()).as("the line names the attempt's span")
                .extracting(RecordingDeliveryLog.Line::traceContext).containsExactly(Optional.of("dispatch email"));
    }

    @Test
    void everyRecordedStateOfAnAttemptReachesTheDeliveryLogOnce() throws Exception {
        email.answering(outgoing -> email.sent().size() < 2 ? new AttemptResult.Deferred("421 busy")
                : new AttemptResult.Sent("accepted"));
        gateway = new Gateway(Senders.email(email), new RetryPolicy(5, Duration.ofMillis(20), Duration.ofMillis(50)));
        gateway.worker.start();

        gateway.send.send(SendCommand.of(Gateway.TENANT, "test", Content.text("Hello", "Body"),
                List.of(new ToAddress(new Recipient(Channel.EMAIL, new EmailAddress("ann@example.com"))))));

        waitFor(() -> gateway.deliveryLog.changes().stream().anyMatch(delivery -> delivery.status() == DeliveryStatus.SENT));
        assertThat(gateway.deliveryLog.changes()).extracting(Delivery::status, Delivery::attempts).containsExactly(
                tuple(DeliveryStatus.QUEUED, 1),
                tuple(DeliveryStatus.SENT, 2));
    }

    @Test
    void aCancelLogsEachDeliveryItCancelled() {
        gateway = new Gateway(Senders.email(email));
        SendResult scheduled = gateway.send.send(SendCommand.of(Gateway.TENANT, "test", Content.text("Later", "Body"),
                List.of(new ToAddress(new Recipient(Channel.EMAIL, new EmailAddress("ann@example.com"))),
                        new ToAddress(new Recipient(Channel.EMAIL, new EmailAddress("bob@example.com")))))
                .withNotBefore(Instant.now().plus(Duration.ofHours(1))));
        CancelMessageService cancel = new CancelMessageService(gateway.stores.messages(), gateway.deliveryLog, Clock.systemUTC());

        assertThat(cancel.cancel(Gateway.TENANT, scheduled.messageId().orElseThrow())).isEqualTo(2);
        assertThat(cancel.cancel(Gateway.TENANT, scheduled.messageId().orElseThrow())).isZero();

        assertThat(gateway.deliveryLog.changes()).extracting(Delivery::status)
                .containsExactly(DeliveryStatus.CANCELLED, DeliveryStatus.CANCELLED);
    }
}
