package switchboard.bootstrap.e2e;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import switchboard.adapter.out.persistence.TestDatabases;
import switchboard.application.port.in.GetMessageUseCase;
import switchboard.application.port.in.RecipientRequest;
import switchboard.application.port.in.SendCommand;
import switchboard.application.port.in.SendMessageUseCase;
import switchboard.application.port.out.EmailSender;
import switchboard.application.port.out.OutgoingEmail;
import switchboard.domain.delivery.AttemptResult;
import switchboard.domain.delivery.DeliveryStatus;
import switchboard.domain.message.Content;
import switchboard.domain.message.MessageId;
import switchboard.domain.recipient.Channel;
import switchboard.domain.recipient.EmailAddress;
import switchboard.domain.recipient.Recipient;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;
import static switchboard.application.memory.Eventually.waitFor;

/**
 * Two gateway processes' worth of dispatchers (two application contexts, each with its own
 * connection pool and worker) drain one PostgreSQL outbox: every delivery is sent exactly once.
 */
class TwoGatewaysOnePostgresTest {

    private static final int DELIVERIES = 2_000;

    @Test
    void twoDispatchersOnOneDatabaseSendEachDeliveryExactlyOnce() throws Exception {
        Map<String, Object> properties = new HashMap<>(TestDatabases.postgresProperties());
        properties.put("switchboard.security.bcrypt-cost", 4);
        properties.put("switchboard.dispatch.idle-poll", "20ms");
        properties.put("switchboard.admin.password", "two gateways password");
        Map<String, AtomicInteger> sendsPerRecipient = new ConcurrentHashMap<>();
        CountingSender first = new CountingSender(sendsPerRecipient);
        CountingSender second = new CountingSender(sendsPerRecipient);

        try (ApplicationContext one = start(properties, first, "one"); ApplicationContext two = start(properties, second, "two")) {
            List<RecipientRequest> recipients = new ArrayList<>();
            for (int i = 0; i < DELIVERIES; i++) {
                recipients.add(new RecipientRequest.ToAddress(new Recipient(Channel.EMAIL, new EmailAddress("user" + i + "@example.com"))));
            }
            MessageId message = one.getBean(SendMessageUseCase.class)
                    .send(SendCommand.of(TenantId.DEFAULT, "test", Content.text("Hello", "Body"), recipients))
                    .messageId().orElseThrow();

            GetMessageUseCase status = two.getBean(GetMessageUseCase.class);
            waitFor(() -> status.get(TenantId.DEFAULT, message).deliveries().stream()
                    .allMatch(delivery -> delivery.status() == DeliveryStatus.SENT));
        }

        assertThat(sendsPerRecipient).hasSize(DELIVERIES);
        assertThat(sendsPerRecipient.values()).allSatisfy(sends -> assertThat(sends.get()).isEqualTo(1));
        assertThat(first.sends.get() + second.sends.get()).isEqualTo(DELIVERIES);
        assertThat(first.sends.get()).as("the first gateway's share").isPositive();
        assertThat(second.sends.get()).as("the second gateway's share").isPositive();
    }

    private static ApplicationContext start(Map<String, Object> properties, CountingSender sender, String name) {
        Map<String, Object> own = new HashMap<>(properties);
        own.put("switchboard.data-dir", System.getProperty("java.io.tmpdir") + "/switchboard-two-gateways-" + name);
        return ApplicationContext.builder().properties(own).singletons(sender).start();
    }

    /** An email sender that takes a moment per email and counts what it is given. */
    private static final class CountingSender implements EmailSender {

        private final Map<String, AtomicInteger> sendsPerRecipient;
        private final AtomicInteger sends = new AtomicInteger();

        CountingSender(Map<String, AtomicInteger> sendsPerRecipient) {
            this.sendsPerRecipient = sendsPerRecipient;
        }

        @Override
        public AttemptResult send(OutgoingEmail email) {
            sendsPerRecipient.computeIfAbsent(email.recipient().value(), recipient -> new AtomicInteger()).incrementAndGet();
            sends.incrementAndGet();
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new AttemptResult.Sent(null);
        }
    }
}
