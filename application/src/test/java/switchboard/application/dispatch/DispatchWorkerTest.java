package switchboard.application.dispatch;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import switchboard.application.dispatch.port.Lease;
import switchboard.application.memory.Gateway;
import switchboard.application.memory.RecordingEmailSender;
import switchboard.application.send.RecipientRequest;
import switchboard.application.send.RecipientRequest.ToAddress;
import switchboard.application.send.SendCommand;
import switchboard.domain.delivery.AttemptResult;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.delivery.DeliveryStatus;
import switchboard.domain.delivery.RetryPolicy;
import switchboard.domain.message.Content;
import switchboard.domain.recipient.Channel;
import switchboard.domain.recipient.EmailAddress;
import switchboard.domain.recipient.Recipient;

import static org.assertj.core.api.Assertions.assertThat;
import static switchboard.application.memory.Eventually.waitFor;

class DispatchWorkerTest {

    private final RecordingEmailSender email = new RecordingEmailSender();
    private Gateway gateway;

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void sendsEveryQueuedDeliveryExactlyOnce() throws Exception {
        gateway = new Gateway(Senders.email(email));
        gateway.worker.start();
        List<RecipientRequest> recipients = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            recipients.add(new ToAddress(new Recipient(Channel.EMAIL, new EmailAddress("user" + i + "@example.com"))));
        }
        gateway.send.send(command(recipients));

        waitFor(() -> statuses().getOrDefault(DeliveryStatus.SENT, 0) == 300);
        assertThat(email.sent()).hasSize(300);
        assertThat(email.sent().stream().map(sent -> sent.recipient().value()).distinct()).hasSize(300);
        assertThat(gateway.stores.messages().deliveries()).allSatisfy(delivery -> assertThat(delivery.attempts()).isEqualTo(1));
    }

    @Test
    void retriesTransientFailuresWithBackoffUntilTheySucceed() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        email.answering(outgoing -> calls.incrementAndGet() < 3 ? new AttemptResult.Deferred("421 busy")
                : new AttemptResult.Sent("finally"));
        gateway = new Gateway(Senders.email(email), new RetryPolicy(5, Duration.ofMillis(20), Duration.ofMillis(100)));
        gateway.worker.start();

        gateway.send.send(command(List.of(new ToAddress(new Recipient(Channel.EMAIL, new EmailAddress("a@example.com"))))));

        waitFor(() -> statuses().containsKey(DeliveryStatus.SENT));
        Delivery sent = gateway.stores.messages().deliveries().get(0);
        assertThat(sent.attempts()).isEqualTo(3);
        assertThat(sent.providerRef()).contains("finally");
    }

    @Test
    void aDeliveryIsDeadAfterTheLastAttempt() throws Exception {
        email.answering(outgoing -> new AttemptResult.Deferred("connection refused"));
        gateway = new Gateway(Senders.email(email), new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(20)));
        gateway.worker.start();

        gateway.send.send(command(List.of(new ToAddress(new Recipient(Channel.EMAIL, new EmailAddress("a@example.com"))))));

        waitFor(() -> statuses().containsKey(DeliveryStatus.DEAD));
        Delivery dead = gateway.stores.messages().deliveries().get(0);
        assertThat(dead.attempts()).isEqualTo(3);
        assertThat(dead.lastError()).contains("connection refused");
        assertThat(email.sent()).hasSize(3);
    }

    @Test
    void aSenderThatThrowsIsRetriedNotLost() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        email.answering(outgoing -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("bug");
            }
            return new AttemptResult.Sent(null);
        });
        gateway = new Gateway(Senders.email(email));
        gateway.worker.start();

        gateway.send.send(command(List.of(new ToAddress(new Recipient(Channel.EMAIL, new EmailAddress("a@example.com"))))));

        waitFor(() -> statuses().containsKey(DeliveryStatus.SENT));
        assertThat(gateway.stores.messages().deliveries().get(0).attempts()).isEqualTo(2);
    }

    @Test
    void takesOverTheClaimsOfAWorkerThatDiedOnceTheirLeaseRunsOut() throws Exception {
        gateway = new Gateway(Senders.email(email));
        gateway.send.send(command(List.of(new ToAddress(new Recipient(Channel.EMAIL, new EmailAddress("a@example.com"))),
                new ToAddress(new Recipient(Channel.EMAIL, new EmailAddress("b@example.com"))))));
        Instant claimedAt = Instant.now();
        assertThat(gateway.stores.queue().claimDue(new Lease("dead-worker#1", claimedAt.plusMillis(500)), claimedAt, 10))
                .hasSize(2);

        gateway.worker.start();
        Thread.sleep(200);
        assertThat(email.sent()).as("a live lease is respected").isEmpty();

        waitFor(() -> statuses().getOrDefault(DeliveryStatus.SENT, 0) == 2);
        assertThat(gateway.stores.messages().deliveries()).allSatisfy(delivery -> assertThat(delivery.attempts()).isEqualTo(2));
    }

    private Map<DeliveryStatus, Integer> statuses() {
        Map<DeliveryStatus, Integer> counts = new ConcurrentHashMap<>();
        gateway.stores.messages().deliveries().forEach(delivery -> counts.merge(delivery.status(), 1, Integer::sum));
        return counts;
    }

    private static SendCommand command(List<RecipientRequest> recipients) {
        return SendCommand.of(Gateway.TENANT, "test", Content.text("Hello", "Body"), recipients);
    }
}
