package switchboard.application.delivery;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import switchboard.application.dispatch.Senders;
import switchboard.application.memory.Gateway;
import switchboard.application.memory.RecordingProviderSender;
import switchboard.application.send.RecipientOutcome;
import switchboard.application.send.RecipientRequest.ToAddress;
import switchboard.application.send.RecipientRequest.ToContact;
import switchboard.application.send.SendCommand;
import switchboard.application.send.SendResult;
import switchboard.application.shared.ConflictException;
import switchboard.application.shared.PageRequest;
import switchboard.application.suppression.DeleteSuppressionService;
import switchboard.domain.contact.Contact;
import switchboard.domain.contact.ContactData;
import switchboard.domain.contact.ContactId;
import switchboard.domain.delivery.AttemptResult;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.delivery.DeliveryStatus;
import switchboard.domain.delivery.RetryPolicy;
import switchboard.domain.message.Content;
import switchboard.domain.recipient.Channel;
import switchboard.domain.recipient.Recipient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static switchboard.application.memory.Eventually.waitFor;

class SuppressionAndReplayTest {

    private final RecordingProviderSender.Push push = RecordingProviderSender.push(true);
    private final Gateway gateway = new Gateway(new Senders(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.of(push), Optional.empty(), Optional.empty()), new RetryPolicy(2, Duration.ofMillis(10), Duration.ofMillis(20)));

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void aTokenItsProviderReportsGoneIsNotUsedAgain() throws Exception {
        push.answering((notification, account) -> notification.token().value().equals("uninstalled")
                ? new AttemptResult.Gone("fcm UNREGISTERED") : new AttemptResult.Sent("projects/p/messages/1"));
        gateway.worker.start();
        gateway.contacts.upsert(Gateway.TENANT, List.of(new Contact(new ContactId("ann"),
                ContactData.of(Map.of("pushTokens", List.of("uninstalled", "phone"))))));

        gateway.send.send(toAnn());
        waitFor(() -> gateway.stores.messages().deliveries().stream().allMatch(delivery -> delivery.status().isFinal()));
        assertThat(gateway.stores.suppressions().list(Gateway.TENANT, new PageRequest(0, 10)))
                .singleElement().satisfies(suppression -> {
                    assertThat(suppression.recipient()).isEqualTo(Recipient.of(Channel.PUSH, "uninstalled"));
                    assertThat(suppression.reason()).isEqualTo("fcm UNREGISTERED");
                });

        SendResult again = gateway.send.send(toAnn());
        assertThat(((RecipientOutcome.Accepted) again.outcomes().get(0)).deliveries())
                .extracting(delivery -> delivery.address().value()).containsExactly("phone");

        SendResult direct = gateway.send.send(SendCommand.of(Gateway.TENANT, "test", Content.text("Hi", "Hello"),
                List.of(new ToAddress(Recipient.of(Channel.PUSH, "uninstalled")))));
        assertThat(direct.outcomes().get(0)).isInstanceOfSatisfying(RecipientOutcome.Rejected.class, rejected -> {
            assertThat(rejected.reason()).isEqualTo(RecipientOutcome.Reason.SUPPRESSED);
            assertThat(rejected.detail()).contains("'uninstalled'");
        });
        SendResult recorded = gateway.send.send(SendCommand.of(Gateway.TENANT, "test", Content.text("Hi", "Hello"),
                List.of(new ToAddress(Recipient.of(Channel.PUSH, "uninstalled")))).withSkippedRecorded(true));
        assertThat(gateway.stores.messages().find(Gateway.TENANT, recorded.messageId().orElseThrow()).orElseThrow()
                .deliveries()).as("a send that records its skips keeps the suppressed address as skipped").singleElement()
                .satisfies(skipped -> assertThat(skipped.lastError().orElseThrow()).contains("'uninstalled'"))
                .extracting(Delivery::status).isEqualTo(DeliveryStatus.SKIPPED);

        new DeleteSuppressionService(gateway.stores.tenants(), gateway.stores.suppressions())
                .delete(Gateway.TENANT, Recipient.of(Channel.PUSH, "uninstalled"));
        assertThat(gateway.send.send(toAnn()).outcomes().get(0)).isInstanceOf(RecipientOutcome.Accepted.class)
                .extracting(outcome -> ((RecipientOutcome.Accepted) outcome).deliveries().size()).isEqualTo(2);
    }

    @Test
    void aDeadDeliveryIsListedAndReplayedByAnAdmin() throws Exception {
        AtomicBoolean providerDown = new AtomicBoolean(true);
        push.answering((notification, account) -> providerDown.get() ? new AttemptResult.Deferred("fcm UNAVAILABLE")
                : new AttemptResult.Sent("projects/p/messages/2"));
        gateway.worker.start();
        gateway.send.send(SendCommand.of(Gateway.TENANT, "test", Content.text("Hi", "Hello"),
                List.of(new ToAddress(Recipient.of(Channel.PUSH, "phone")))));
        waitFor(() -> gateway.stores.messages().deliveries().get(0).status() == DeliveryStatus.DEAD);

        ListDeliveriesService list = new ListDeliveriesService(gateway.stores.tenants(), gateway.stores.deliveries());
        List<Delivery> dead = list.list(Gateway.TENANT, new DeliveryFilter(
                Optional.of(DeliveryStatus.DEAD), Optional.empty()), new PageRequest(0, 10));
        assertThat(dead).singleElement().satisfies(delivery -> assertThat(delivery.lastError()).contains("fcm UNAVAILABLE"));

        providerDown.set(false);
        ReplayDeliveryService replay = new ReplayDeliveryService(gateway.stores.deliveries(), gateway.worker, gateway.deliveryLog,
                Clock.systemUTC());
        assertThat(replay.replay(Gateway.TENANT, dead.get(0).id()).status()).isEqualTo(DeliveryStatus.QUEUED);

        waitFor(() -> gateway.stores.messages().deliveries().get(0).status() == DeliveryStatus.SENT);
        assertThat(push.sent()).hasSize(3);
        assertThatThrownBy(() -> replay.replay(Gateway.TENANT, dead.get(0).id())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("is SENT");
    }

    private static SendCommand toAnn() {
        return SendCommand.of(Gateway.TENANT, "test", Content.text("Hi", "Hello"), List.of(new ToContact(Channel.PUSH,
                new ContactId("ann"))));
    }
}
