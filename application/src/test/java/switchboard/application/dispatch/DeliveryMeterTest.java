package switchboard.application.dispatch;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import switchboard.application.dispatch.port.ClaimedDelivery;
import switchboard.application.dispatch.port.DeliveryMeter;
import switchboard.application.dispatch.port.DeliveryOutcome;
import switchboard.application.dispatch.port.Lease;
import switchboard.application.memory.Gateway;
import switchboard.application.memory.InMemoryStores;
import switchboard.application.memory.RecordingEmailSender;
import switchboard.application.memory.RecordingTracing;
import switchboard.domain.delivery.AttemptResult;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.delivery.RetryPolicy;
import switchboard.domain.message.Content;
import switchboard.domain.message.EmailOptions;
import switchboard.domain.message.Message;
import switchboard.domain.message.MessageId;
import switchboard.domain.recipient.Channel;
import switchboard.domain.recipient.Recipient;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;

/** Every attempt tells the meter its outcome and the provider that made it; only real provider calls are timed. */
class DeliveryMeterTest {

    private static final TenantId TENANT = new TenantId("acme");
    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    private final RecordingEmailSender email = new RecordingEmailSender();
    private final RecordingMeter meter = new RecordingMeter();
    private final InMemoryStores stores = new InMemoryStores();
    private final DeliveryAttempts attempts = new DeliveryAttempts(
            new ChannelSenders(Senders.email(email), stores.inbox(), new AccountSelector(Gateway.SEALER, stores.providerSettings()),
                    new RecordingTracing(), Clock.systemUTC(), meter),
            stores.suppressions(), new RetryPolicy(1, Duration.ofSeconds(1), Duration.ofSeconds(1)), new RecordingTracing(),
            Clock.systemUTC(), () -> 0.5, meter);

    @Test
    void anEmailSentIsTimedAndCountedAsSentByItsProvider() {
        attempts.attempt(claimed(Channel.EMAIL, "ann@example.com", false));

        assertThat(meter.outcomes).containsExactly("EMAIL recording-email SENT");
        assertThat(meter.calls).containsExactly("EMAIL recording-email");
    }

    @Test
    void aTransientFailureOnTheLastAttemptIsDead() {
        email.answering(outgoing -> new AttemptResult.Deferred("421 try later"));

        attempts.attempt(claimed(Channel.EMAIL, "ann@example.com", false));

        assertThat(meter.outcomes).containsExactly("EMAIL recording-email DEAD");
    }

    @Test
    void capturedAndInAppDeliveriesNameNoProviderCall() {
        attempts.attempt(claimed(Channel.EMAIL, "ann@example.com", true));
        attempts.attempt(claimed(Channel.SMS, "+14155550100", false));
        attempts.attempt(claimed(Channel.IN_APP, "user-1", false));

        assertThat(meter.outcomes).containsExactly("EMAIL capture CAPTURED", "SMS capture CAPTURED", "IN_APP inbox SENT");
        assertThat(meter.calls).isEmpty();
    }

    private static ClaimedDelivery claimed(Channel channel, String address, boolean testMode) {
        MessageId messageId = MessageId.generate();
        Message message = new Message(messageId, TENANT, "fliplet", Content.text("Hi", "Hello"), EmailOptions.NONE, null, null,
                testMode, NOW);
        Delivery delivery = Delivery.queue(messageId, TENANT, Recipient.of(channel, address), NOW, NOW).claim(NOW);
        return new ClaimedDelivery(delivery, message, new Lease("test", NOW.plus(Duration.ofMinutes(2))), Optional.empty());
    }

    private static final class RecordingMeter implements DeliveryMeter {

        private final List<String> outcomes = new ArrayList<>();
        private final List<String> calls = new ArrayList<>();

        @Override
        public void providerCalled(Channel channel, String provider, Duration elapsed) {
            calls.add(channel + " " + provider);
        }

        @Override
        public void outcome(TenantId tenant, Channel channel, String provider, DeliveryOutcome outcome) {
            outcomes.add(channel + " " + provider + " " + outcome);
        }
    }
}
