package switchboard.application.dispatch;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import switchboard.application.dispatch.port.AttemptOutcome;
import switchboard.application.dispatch.port.ClaimedDelivery;
import switchboard.application.dispatch.port.DeliveryQueue;
import switchboard.application.dispatch.port.Lease;
import switchboard.application.memory.Gateway;
import switchboard.application.memory.NoMeters;
import switchboard.application.memory.RecordingEmailSender;
import switchboard.application.memory.RecordingProviderSender;
import switchboard.application.send.RecipientRequest.ToAddress;
import switchboard.application.send.RecipientRequest;
import switchboard.application.send.SendCommand;
import switchboard.domain.contact.ContactFields;
import switchboard.domain.delivery.AttemptResult;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.delivery.DeliveryId;
import switchboard.domain.delivery.DeliveryStatus;
import switchboard.domain.delivery.RetryPolicy;
import switchboard.domain.message.Content;
import switchboard.domain.recipient.Channel;
import switchboard.domain.recipient.EmailAddress;
import switchboard.domain.recipient.PhoneNumber;
import switchboard.domain.recipient.Recipient;
import switchboard.domain.tenant.Tenant;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;
import static switchboard.application.memory.Eventually.waitFor;

class DispatchWorkerTest {

    private static final TenantId OTHER_TENANT = new TenantId("globex");

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
        send(300);

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

    @Test
    void oneTenantsBulkDoesNotKeepAnotherTenantsSingleSendWaiting() throws Exception {
        email.answering(outgoing -> {
            pause(Duration.ofMillis(1));
            return new AttemptResult.Sent(null);
        });
        gateway = new Gateway(Senders.email(email));
        gateway.stores.tenants().add(new Tenant(OTHER_TENANT, "Globex", ContactFields.DEFAULT, Instant.now()));
        List<RecipientRequest> bulk = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            bulk.add(new ToAddress(new Recipient(Channel.EMAIL, new EmailAddress("user" + i + "@acme.example"))));
        }
        gateway.send.send(command(bulk));
        gateway.worker.start();
        waitFor(() -> email.sent().size() >= 50);

        gateway.send.send(SendCommand.of(OTHER_TENANT, "test", Content.text("Hello", "Body"),
                List.of(new ToAddress(new Recipient(Channel.EMAIL, new EmailAddress("single@globex.example"))))));

        waitFor(() -> email.sent().stream().anyMatch(sent -> sent.recipient().value().equals("single@globex.example")));
        assertThat(email.sent()).as("sent before the other tenant's single send went out, of the bulk's 3,000")
                .hasSizeLessThan(1_000);
    }

    @Test
    void aBacklogForASlowProviderDoesNotKeepAnotherProvidersSendWaiting() throws Exception {
        email.answering(outgoing -> {
            pause(Duration.ofMillis(20));
            return new AttemptResult.Sent(null);
        });
        RecordingProviderSender.Sms sms = RecordingProviderSender.sms(true);
        gateway = new Gateway(new Senders(Optional.of(email), Optional.of(sms), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty()));
        send(500);
        gateway.worker.start();
        waitFor(() -> email.sent().size() >= 20);

        int emailsBefore = email.sent().size();
        gateway.send.send(command(List.of(new ToAddress(new Recipient(Channel.SMS, new PhoneNumber("+27821234567"))))));

        waitFor(() -> sms.sent().size() == 1);
        // Claimed next (claims share themselves among channels), the SMS takes the next free thread instead of waiting
        // behind the 12 or so emails claimed ahead of it (4 per thread): 2 to 4 emails go out meanwhile, 14 to 16 in turn.
        assertThat(email.sent().size() - emailsBefore)
                .as("emails sent while the SMS waited, of a backlog of some 480, 4 sending threads at 20 ms each")
                .isLessThan(10);
    }

    @Test
    void aDeliveryWhoseLeaseIsMoreThanHalfGoneIsNotSentButClaimedAgainOnceItRunsOut() throws Exception {
        gateway = new Gateway(Senders.email(email));
        gateway.send.send(command(List.of(new ToAddress(new Recipient(Channel.EMAIL, new EmailAddress("a@example.com"))))));
        Instant claimedAt = Instant.now();
        // The worker's lease is two seconds: with half a second left, the send must not start.
        List<ClaimedDelivery> claimed = gateway.stores.queue()
                .claimDue(new Lease("stalled-worker#1", claimedAt.plusMillis(500)), claimedAt, 1);

        Map<DeliveryId, Delivery> latest = gateway.worker.deliverNow(claimed, Duration.ofSeconds(1));

        assertThat(latest.values()).singleElement().satisfies(delivery -> assertThat(delivery.status()).isEqualTo(DeliveryStatus.SENDING));
        assertThat(email.sent()).isEmpty();
        gateway.worker.start();
        waitFor(() -> statuses().containsKey(DeliveryStatus.SENT));
        assertThat(email.sent()).hasSize(1);
        assertThat(gateway.stores.messages().deliveries().get(0).attempts()).isEqualTo(2);
    }

    @Test
    void aStoppingWorkerFinishesItsSendsAndHandsBackWhatItHasNotStartedForAnyWorkerToClaimAtOnce() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger started = new AtomicInteger();
        email.answering(outgoing -> {
            started.incrementAndGet();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new AttemptResult.Sent(null);
        });
        gateway = new Gateway(Senders.email(email));
        send(40);
        gateway.worker.start();
        // Four sending threads, each holding four claims: four sends under way, twelve waiting their turn.
        waitFor(() -> started.get() == 4 && statuses().getOrDefault(DeliveryStatus.SENDING, 0) == 16);

        int handedBack = gateway.worker.stopClaiming();
        Map<DeliveryStatus, Integer> afterStop = statuses();
        release.countDown();
        int outlived = gateway.worker.finish(Duration.ofSeconds(5));

        assertThat(handedBack).isEqualTo(12);
        assertThat(afterStop).as("handed back at once, not left to their lease")
                .isEqualTo(Map.of(DeliveryStatus.SENDING, 4, DeliveryStatus.QUEUED, 36));
        assertThat(outlived).isZero();
        assertThat(statuses()).as("the sends under way recorded").isEqualTo(Map.of(DeliveryStatus.SENT, 4, DeliveryStatus.QUEUED, 36));
        assertThat(gateway.stores.messages().deliveries()).filteredOn(delivery -> delivery.status() == DeliveryStatus.QUEUED)
                .allSatisfy(delivery -> assertThat(delivery.attempts()).isZero());
        Instant now = Instant.now();
        assertThat(gateway.stores.queue().claimDue(new Lease("other-worker#1", now.plusSeconds(60)), now, 100))
                .as("claimed by another worker at once").hasSize(36);
    }

    @Test
    void outcomesAreRecordedInBatchesEachUnderItsLease() throws Exception {
        gateway = new Gateway(Senders.email(email));
        List<Integer> batches = new CopyOnWriteArrayList<>();
        DeliveryQueue slowToCommit = new DelegatingQueue(gateway.stores.queue()) {
            @Override
            public Set<DeliveryId> recordAll(List<AttemptOutcome> outcomes) {
                pause(Duration.ofMillis(5));
                batches.add(outcomes.size());
                return super.recordAll(outcomes);
            }
        };
        send(300);

        try (DispatchWorker worker = workerOn(slowToCommit)) {
            worker.start();
            waitFor(() -> statuses().getOrDefault(DeliveryStatus.SENT, 0) == 300);
        }

        assertThat(email.sent()).hasSize(300);
        assertThat(batches.stream().mapToInt(Integer::intValue).sum()).isEqualTo(300);
        assertThat(batches).as("transactions recording the 300 outcomes").hasSizeLessThan(100);
    }

    @Test
    void outcomesAreRecordedOnceTheDatabaseTakesWritesAgain() throws Exception {
        gateway = new Gateway(Senders.email(email));
        AtomicInteger failures = new AtomicInteger();
        DeliveryQueue failingForAWhile = new DelegatingQueue(gateway.stores.queue()) {
            @Override
            public Set<DeliveryId> recordAll(List<AttemptOutcome> outcomes) {
                if (failures.incrementAndGet() <= 3) {
                    throw new IllegalStateException("database unreachable");
                }
                return super.recordAll(outcomes);
            }
        };
        send(20);

        try (DispatchWorker worker = workerOn(failingForAWhile)) {
            worker.start();
            waitFor(() -> statuses().getOrDefault(DeliveryStatus.SENT, 0) == 20);
        }

        assertThat(email.sent()).as("each sent once: the outcomes were kept and written later").hasSize(20);
        assertThat(gateway.stores.messages().deliveries()).allSatisfy(delivery -> assertThat(delivery.attempts()).isEqualTo(1));
    }

    private void send(int emails) {
        List<RecipientRequest> recipients = new ArrayList<>();
        for (int i = 0; i < emails; i++) {
            recipients.add(new ToAddress(new Recipient(Channel.EMAIL, new EmailAddress("user" + i + "@example.com"))));
        }
        gateway.send.send(command(recipients));
    }

    /** A worker over the gateway's stores that claims and records through {@code queue}. */
    private DispatchWorker workerOn(DeliveryQueue queue) {
        Clock clock = Clock.systemUTC();
        ChannelSenders channels = new ChannelSenders(Senders.email(email), gateway.stores.inbox(),
                new AccountSelector(Gateway.SEALER, gateway.stores.providerSettings()), gateway.tracing, clock,
                NoMeters.DELIVERIES);
        DeliveryAttempts attempts = new DeliveryAttempts(channels, gateway.stores.suppressions(),
                new RetryPolicy(3, Duration.ofMillis(50), Duration.ofMillis(200)), gateway.tracing, clock, () -> 0.5,
                NoMeters.DELIVERIES);
        return new DispatchWorker(queue, attempts,
                new DispatchSettings("test-worker-2", 4, 4, Duration.ofSeconds(10), Duration.ofMillis(20), Duration.ofSeconds(5)),
                gateway.deliveryLog, clock);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Passes every call on to the queue it wraps. */
    private static class DelegatingQueue implements DeliveryQueue {

        private final DeliveryQueue queue;

        DelegatingQueue(DeliveryQueue queue) {
            this.queue = queue;
        }

        @Override
        public List<ClaimedDelivery> claimDue(Lease lease, Instant now, int limit) {
            return queue.claimDue(lease, now, limit);
        }

        @Override
        public Set<DeliveryId> recordAll(List<AttemptOutcome> outcomes) {
            return queue.recordAll(outcomes);
        }
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
