package switchboard.application.contract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import switchboard.application.dispatch.port.ClaimedDelivery;
import switchboard.application.dispatch.port.Lease;
import switchboard.application.message.CapturedDelivery;
import switchboard.application.message.MessageFilter;
import switchboard.application.message.MessageRecord;
import switchboard.application.message.MessageSummary;
import switchboard.application.message.port.NewMessage;
import switchboard.application.message.port.SendToStore;
import switchboard.application.message.port.SendToStore.Composition;
import switchboard.application.shared.PageRequest;
import switchboard.application.suppression.Suppression;
import switchboard.domain.delivery.AttemptResult;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.delivery.DeliveryId;
import switchboard.domain.delivery.DeliveryStatus;
import switchboard.domain.delivery.RetryPolicy;
import switchboard.domain.delivery.SealedCredentials;
import switchboard.domain.message.Attachment;
import switchboard.domain.message.Content;
import switchboard.domain.message.EmailHeader;
import switchboard.domain.message.EmailOptions;
import switchboard.domain.message.Mailbox;
import switchboard.domain.message.Message;
import switchboard.domain.message.MessageId;
import switchboard.domain.recipient.Address;
import switchboard.domain.recipient.Channel;
import switchboard.domain.recipient.EmailAddress;
import switchboard.domain.recipient.PhoneNumber;
import switchboard.domain.recipient.Recipient;
import switchboard.domain.recipient.UserId;
import switchboard.domain.recipient.WebhookUrl;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract of the outbox: {@code MessageStore} and {@code DeliveryQueue}. */
public abstract class MessageStoreContract extends StoreContract {

    private static final RetryPolicy RETRIES = new RetryPolicy(5, Duration.ofSeconds(10), Duration.ofMinutes(10));

    @Test
    void findsAMessageWithItsContentAttachmentsAndDeliveries() {
        EmailOptions email = new EmailOptions(new EmailAddress("news@acme.example"), "Acme News",
                List.of(new Mailbox(new EmailAddress("a@example.com"), "Ann \"The Boss\", Example ✓")),
                List.of(Mailbox.of(new EmailAddress("c@example.com"))),
                List.of(new EmailHeader("Reply-To", "reply@acme.example"), new EmailHeader("X-Campaign", "fall")),
                List.of(Attachment.file("report.pdf", "application/pdf", "%PDF-1.4 binary\u0000\u00ff".getBytes(StandardCharsets.ISO_8859_1)),
                        new Attachment("logo.png", "image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G'}, "logo")));
        Message message = new Message(MessageId.generate(), ACME, "admin", new Content("Hello", "Hi there", "<p>Hi there</p>"),
                email, "Acme", "autumn-2026", true, NOW);
        Delivery toEmail = queued(message, Channel.EMAIL, new EmailAddress("a@example.com"), NOW);
        Delivery toPhone = Delivery.queue(message.id(), ACME, new Recipient(Channel.SMS, new PhoneNumber("+27111111111")),
                Content.text(null, "Hi Nick, your own text"), NOW, NOW);
        stores.save(message, List.of(toEmail, toPhone), Optional.empty());

        MessageRecord found = stores.messages().find(ACME, message.id()).orElseThrow();
        assertThat(found.message()).isEqualTo(message);
        assertThat(found.deliveries()).extracting(Delivery::id).containsExactlyInAnyOrder(toEmail.id(), toPhone.id());
        assertThat(found.deliveries()).extracting(Delivery::ownContent)
                .containsExactlyInAnyOrder(Optional.empty(), Optional.of(Content.text(null, "Hi Nick, your own text")));
        assertThat(found.deliveries()).allSatisfy(delivery -> {
            assertThat(delivery.status()).isEqualTo(DeliveryStatus.QUEUED);
            assertThat(delivery.attempts()).isZero();
            assertThat(delivery.notBefore()).isEqualTo(NOW);
        });
    }

    @Test
    void messagesBelongToTheirTenant() {
        Message message = message(ACME);
        stores.save(message, List.of(queued(message, Channel.EMAIL, new EmailAddress("a@example.com"), NOW)),
                Optional.empty());

        assertThat(stores.messages().find(GLOBEX, message.id())).isEmpty();
        assertThat(stores.messages().find(ACME, MessageId.generate())).isEmpty();
    }

    @Test
    void claimsDueDeliveriesOnceCountingTheAttempt() {
        Message message = message(ACME);
        Delivery delivery = queued(message, Channel.EMAIL, new EmailAddress("a@example.com"), NOW);
        stores.save(message, List.of(delivery), Optional.empty());

        List<ClaimedDelivery> claimed = stores.queue().claimDue(lease("w1", later(60)), NOW, 10);
        assertThat(claimed).singleElement().satisfies(claim -> {
            assertThat(claim.delivery().id()).isEqualTo(delivery.id());
            assertThat(claim.delivery().status()).isEqualTo(DeliveryStatus.SENDING);
            assertThat(claim.delivery().attempts()).isEqualTo(1);
            assertThat(claim.message()).isEqualTo(message);
            assertThat(claim.lease().owner()).isEqualTo("w1");
        });
        assertThat(stores.queue().claimDue(lease("w2", later(60)), NOW, 10)).isEmpty();
    }

    @Test
    void leavesScheduledDeliveriesUntilTheyAreDue() {
        Message message = message(ACME);
        stores.save(message, List.of(queued(message, Channel.EMAIL, new EmailAddress("a@example.com"), later(3600))),
                Optional.empty());

        assertThat(stores.queue().claimDue(lease("w1", later(60)), later(3599), 10)).isEmpty();
        assertThat(stores.queue().claimDue(lease("w1", later(3660)), later(3600), 10)).hasSize(1);
    }

    @Test
    void storesABatchOfMessagesEachWithItsDeliveries() {
        Message first = message(ACME);
        Message second = message(ACME);
        Delivery toAnn = queued(first, Channel.EMAIL, new EmailAddress("ann@example.com"), NOW);
        Delivery toBob = queued(second, Channel.SMS, new PhoneNumber("+27821234567"), NOW);
        Delivery toCid = queued(second, Channel.EMAIL, new EmailAddress("cid@example.com"), NOW);

        stores.saveAll(List.of(new NewMessage(first, List.of(toAnn)), new NewMessage(second, List.of(toBob, toCid))));

        assertThat(stores.messages().find(ACME, first.id()).orElseThrow().deliveries()).extracting(Delivery::id)
                .containsExactly(toAnn.id());
        assertThat(stores.messages().find(ACME, second.id()).orElseThrow().deliveries()).extracting(Delivery::id)
                .containsExactlyInAnyOrder(toBob.id(), toCid.id());
        assertThat(stores.queue().claimDue(lease("w1", later(60)), NOW, 10)).hasSize(3);
    }

    @Test
    void aSendIsComposedWithoutItsTenantsSuppressedRecipientsAndAnsweredOnceStored() {
        Recipient gone = Recipient.of(Channel.EMAIL, "gone@example.com");
        Recipient kept = Recipient.of(Channel.EMAIL, "kept@example.com");
        stores.suppressions().suppress(ACME, new Suppression(gone, "bounced", NOW));
        stores.suppressions().suppress(GLOBEX, new Suppression(kept, "another tenant's", NOW));
        Message message = message(ACME);
        List<Set<Recipient>> lookedUp = new ArrayList<>();

        MessageId answer = stores.messages().store(new SendToStore<>(ACME, List.of(gone, kept), 3, suppressed -> {
            lookedUp.add(suppressed);
            List<Delivery> deliveries = Stream.of(gone, kept).filter(recipient -> !suppressed.contains(recipient))
                    .map(recipient -> Delivery.queue(message.id(), ACME, recipient, NOW, NOW)).toList();
            return new SendToStore.Composition<>(List.of(new NewMessage(message, deliveries)), Optional.empty(), message.id());
        }));

        assertThat(answer).isEqualTo(message.id());
        assertThat(lookedUp).last().isEqualTo(Set.of(gone));
        assertThat(stores.messages().find(ACME, message.id()).orElseThrow().deliveries())
                .extracting(delivery -> delivery.address().value()).containsExactly("kept@example.com");
    }

    @Test
    void aSendWhoseFixedIdIsStoredAlreadyStoresNothingAndIsToldSo() {
        Recipient ann = Recipient.of(Channel.EMAIL, "ann@example.com");
        Message message = message(ACME);
        List<Boolean> storedBefore = new ArrayList<>();
        SendToStore<MessageId> send = new SendToStore<>(ACME, List.of(ann), 2, List.of(message.id()), (suppressed, before) -> {
            storedBefore.add(before);
            List<NewMessage> messages = before ? List.of()
                    : List.of(new NewMessage(message, List.of(Delivery.queue(message.id(), ACME, ann, NOW, NOW))));
            return new SendToStore.Composition<>(messages, Optional.empty(), message.id());
        }, Optional.empty());

        stores.messages().store(send);
        stores.messages().store(send);

        assertThat(storedBefore).containsExactly(false, true);
        assertThat(stores.messages().find(ACME, message.id()).orElseThrow().deliveries()).hasSize(1);
    }

    @Test
    void aLargeSendKeepsEveryValueExactlyAsGiven() {
        // Enough rows for the database's bulk path, with the characters its text format escapes.
        String awkward = "tab\there, new\nline, carriage\rreturn, a backslash \\ and \\N, ünïcödé ✓ 😀";
        SealedCredentials sealed = new SealedCredentials(new byte[]{0, -1, '\\', '\t', '\n', 'N'});
        EmailOptions email = new EmailOptions(new EmailAddress("news@acme.example"), "Acme \\ \"News\"",
                List.of(Mailbox.of(new EmailAddress("a@example.com"))), List.of(),
                List.of(new EmailHeader("X-Note", awkward.replaceAll("[\\t\\n\\r]", " "))), List.of());
        List<NewMessage> messages = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            Message message = new Message(MessageId.generate(), ACME, "fliplet", new Content(i % 2 == 0 ? null : awkward.replaceAll("[\\n\\r]", " "), awkward,
                    null), email, "Acme", "bulk", false, NOW);
            messages.add(new NewMessage(message, List.of(Delivery.queue(message.id(), ACME,
                    Recipient.of(Channel.SMS, "+2782123" + String.format("%04d", i)), Content.text(null, awkward + i), NOW, NOW)
                    .withCredentials(sealed))));
        }
        stores.saveAll(messages);

        for (NewMessage stored : messages) {
            MessageRecord found = stores.messages().find(ACME, stored.message().id()).orElseThrow();
            assertThat(found.message()).isEqualTo(stored.message());
            assertThat(found.deliveries()).singleElement().satisfies(delivery -> {
                assertThat(delivery.id()).isEqualTo(stored.deliveries().get(0).id());
                assertThat(delivery.ownContent()).isEqualTo(stored.deliveries().get(0).ownContent());
                assertThat(delivery.credentials()).contains(sealed);
                assertThat(delivery.notBefore()).isEqualTo(NOW);
            });
        }
    }

    @Test
    void aLargeSendClaimedAtOnceIsHeldUnderItsLease() {
        Message message = message(ACME);
        List<Delivery> claimed = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            claimed.add(queued(message, Channel.EMAIL, new EmailAddress("user" + i + "@example.com"), NOW).claim(NOW));
        }
        stores.save(message, claimed, Optional.of(lease("express", later(60))));

        assertThat(stores.queue().claimDue(lease("w1", later(120)), later(59), 200)).isEmpty();
        assertThat(stores.queue().claimDue(lease("w1", later(120)), later(61), 200)).hasSize(100);
    }

    /** One delivery goes in a statement; 100 take the bulk path (COPY on PostgreSQL, a batch on H2). */
    @ParameterizedTest
    @ValueSource(ints = {1, 100})
    void theTraceContextASendIsStoredInComesBackWithEachOfItsClaimedDeliveries(int recipients) {
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        Message traced = message(ACME);
        List<Delivery> deliveries = new ArrayList<>();
        for (int i = 0; i < recipients; i++) {
            deliveries.add(queued(traced, Channel.EMAIL, new EmailAddress("user" + i + "@example.com"), NOW));
        }
        Composition<Void> asGiven = new Composition<>(List.of(new NewMessage(traced, deliveries)), Optional.empty(), null);
        stores.messages().store(new SendToStore<>(ACME, List.of(), 1 + recipients, List.of(), (suppressed, before) -> asGiven,
                Optional.of(traceparent)));
        Message untraced = message(ACME);
        stores.save(untraced, List.of(queued(untraced, Channel.EMAIL, new EmailAddress("plain@example.com"), NOW)),
                Optional.empty());

        List<ClaimedDelivery> claimed = stores.queue().claimDue(lease("w1", later(60)), NOW, 200);

        assertThat(claimed).hasSize(recipients + 1).allSatisfy(claim -> assertThat(claim.traceContext())
                .isEqualTo(claim.message().id().equals(traced.id()) ? Optional.of(traceparent) : Optional.empty()));
    }

    @Test
    void aNotBeforeFinerThanTheDatabaseKeepsIsNeverClaimedEarlyNorBreaksTheClaim() {
        // Databases keep microseconds and round: 0.6 µs is stored as 1 µs.
        Instant notBefore = NOW.plusNanos(600);
        Message message = message(ACME);
        stores.save(message, List.of(queued(message, Channel.EMAIL, new EmailAddress("a@example.com"), notBefore)),
                Optional.empty());

        assertThat(stores.queue().claimDue(lease("w1", later(60)), NOW.plusNanos(100), 10)).isEmpty();
        int claimedOnceDue = stores.queue().claimDue(lease("w1", later(60)), NOW.plusNanos(700), 10).size()
                + stores.queue().claimDue(lease("w1", later(60)), NOW.plusNanos(1700), 10).size();
        assertThat(claimedOnceDue).isEqualTo(1);
    }

    @Test
    void claimsTheOldestDueFirstAndNoMoreThanAsked() {
        Message message = message(ACME);
        List<Delivery> deliveries = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            deliveries.add(queued(message, Channel.EMAIL, new EmailAddress("user" + i + "@example.com"), later(-i)));
        }
        stores.save(message, deliveries, Optional.empty());

        List<ClaimedDelivery> claimed = stores.queue().claimDue(lease("w1", later(60)), NOW, 2);
        assertThat(claimed).extracting(claim -> claim.delivery().address().value())
                .containsExactlyInAnyOrder("user4@example.com", "user3@example.com");
    }

    @Test
    void recordsTheOutcomeUnderTheLeaseAndReleasesIt() {
        ClaimedDelivery claim = saveAndClaimOne(lease("w1", later(60)));
        Delivery sent = claim.delivery().afterAttempt(new AttemptResult.Sent("SM42"), later(1), RETRIES, 0.5);

        assertThat(stores.queue().record(sent, claim.lease())).isTrue();
        Delivery stored = onlyDelivery(claim.message());
        assertThat(stored.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(stored.providerRef()).contains("SM42");
        assertThat(stored.updatedAt()).isEqualTo(later(1));
        assertThat(stores.queue().claimDue(lease("w2", later(600)), later(300), 10)).isEmpty();
    }

    @Test
    void aRetryWaitsInTheQueueUntilItsTime() {
        ClaimedDelivery claim = saveAndClaimOne(lease("w1", later(60)));
        Delivery retrying = claim.delivery().afterAttempt(new AttemptResult.Deferred("421 try later"), NOW, RETRIES, 0.0);
        stores.queue().record(retrying, claim.lease());

        assertThat(onlyDelivery(claim.message()).lastError()).contains("421 try later");
        assertThat(stores.queue().claimDue(lease("w1", later(60)), retrying.notBefore().minusMillis(1), 10)).isEmpty();
        List<ClaimedDelivery> again = stores.queue().claimDue(lease("w1", later(60)), retrying.notBefore(), 10);
        assertThat(again).singleElement().satisfies(next -> assertThat(next.delivery().attempts()).isEqualTo(2));
    }

    @Test
    void anExpiredLeaseLetsAnotherWorkerTakeOverAndRefusesTheFirstWorkersOutcome() {
        ClaimedDelivery first = saveAndClaimOne(lease("w1#1", later(60)));

        assertThat(stores.queue().claimDue(lease("w2#1", later(120)), later(59), 10)).isEmpty();
        List<ClaimedDelivery> takenOver = stores.queue().claimDue(lease("w2#1", later(180)), later(61), 10);
        assertThat(takenOver).singleElement().satisfies(claim -> assertThat(claim.delivery().attempts()).isEqualTo(2));

        Delivery lateOutcome = first.delivery().afterAttempt(new AttemptResult.Sent("late"), later(62), RETRIES, 0.5);
        assertThat(stores.queue().record(lateOutcome, first.lease())).isFalse();
        assertThat(onlyDelivery(first.message()).status()).isEqualTo(DeliveryStatus.SENDING);
    }

    @Test
    void deliveriesSavedAlreadyClaimedAreHeldUnderTheCallersLease() {
        Message message = message(ACME);
        Delivery claimed = queued(message, Channel.EMAIL, new EmailAddress("a@example.com"), NOW).claim(NOW);
        Lease lease = lease("express#1", later(60));
        stores.save(message, List.of(claimed), Optional.of(lease));

        assertThat(stores.queue().claimDue(lease("w1", later(60)), later(30), 10)).isEmpty();
        Delivery captured = claimed.afterAttempt(new AttemptResult.Captured(), later(1), RETRIES, 0.5);
        assertThat(stores.queue().record(captured, lease)).isTrue();
        assertThat(onlyDelivery(message).status()).isEqualTo(DeliveryStatus.CAPTURED);
    }

    @Test
    void concurrentClaimsNeverTakeTheSameDelivery() throws Exception {
        Message message = message(ACME);
        List<Delivery> deliveries = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            deliveries.add(queued(message, Channel.EMAIL, new EmailAddress("user" + i + "@example.com"), NOW));
        }
        stores.save(message, deliveries, Optional.empty());

        Set<DeliveryId> seen = ConcurrentHashMap.newKeySet();
        List<DeliveryId> claims = Collections.synchronizedList(new ArrayList<>());
        ExecutorService workers = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        for (int worker = 0; worker < 4; worker++) {
            String owner = "w" + worker;
            workers.submit(() -> {
                start.await();
                List<ClaimedDelivery> batch;
                do {
                    batch = stores.queue().claimDue(lease(owner, later(60)), NOW, 7);
                    batch.forEach(claim -> {
                        claims.add(claim.delivery().id());
                        seen.add(claim.delivery().id());
                    });
                } while (!batch.isEmpty());
                return null;
            });
        }
        start.countDown();
        workers.shutdown();
        assertThat(workers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        assertThat(claims).hasSize(200);
        assertThat(seen).hasSize(200);
    }

    @Test
    void listsCapturedDeliveriesNewestFirstWithTheirContent() {
        Message message = new Message(MessageId.generate(), ACME, "admin", new Content("Maintenance", "Tonight at 22:00", null),
                EmailOptions.NONE, null, null, false, NOW);
        Delivery email = queued(message, Channel.EMAIL, new EmailAddress("a@example.com"), NOW);
        Delivery sms = Delivery.queue(message.id(), ACME, new Recipient(Channel.SMS, new PhoneNumber("+97455555555")),
                Content.text(null, "Tonight at 22:00, by SMS"), NOW, NOW);
        stores.save(message, List.of(email, sms), Optional.empty());
        Lease lease = lease("w1", later(60));
        for (ClaimedDelivery claim : stores.queue().claimDue(lease, NOW, 10)) {
            long second = claim.delivery().channel() == Channel.SMS ? 2 : 1;
            stores.queue().record(claim.delivery().afterAttempt(new AttemptResult.Captured(), later(second), RETRIES, 0.5), lease);
        }

        List<CapturedDelivery> all = stores.messages().listCaptured(ACME, Optional.empty(), new PageRequest(0, 10));
        assertThat(all).extracting(CapturedDelivery::channel).containsExactly(Channel.SMS, Channel.EMAIL);
        assertThat(all.get(0)).satisfies(captured -> {
            assertThat(captured.to()).isEqualTo("+97455555555");
            assertThat(captured.subject()).as("the delivery's own content").isNull();
            assertThat(captured.text()).isEqualTo("Tonight at 22:00, by SMS");
            assertThat(captured.messageId()).isEqualTo(message.id());
            assertThat(captured.capturedAt()).isEqualTo(later(2));
        });
        assertThat(stores.messages().listCaptured(ACME, Optional.of(Channel.EMAIL), new PageRequest(0, 10)))
                .singleElement().satisfies(captured -> {
                    assertThat(captured.to()).isEqualTo("a@example.com");
                    assertThat(captured.subject()).isEqualTo("Maintenance");
                    assertThat(captured.text()).isEqualTo("Tonight at 22:00");
                });
        assertThat(stores.messages().listCaptured(GLOBEX, Optional.empty(), new PageRequest(0, 10))).isEmpty();
    }

    @Test
    void listsMessagesNewestFirstWithTheirDeliveriesCountedByStatus() {
        Message older = new Message(MessageId.generate(), ACME, "dripcel", Content.text("Old", "b"), EmailOptions.NONE, null,
                "spring", false, NOW);
        Message newer = new Message(MessageId.generate(), ACME, "capillary", Content.text("New", "b"), EmailOptions.NONE, null,
                null, true, later(1));
        stores.save(older, List.of(queued(older, Channel.EMAIL, new EmailAddress("a@example.com"), NOW),
                queued(older, Channel.EMAIL, new EmailAddress("b@example.com"), NOW)), Optional.empty());
        stores.save(newer, List.of(queued(newer, Channel.EMAIL, new EmailAddress("c@example.com"), later(3600))),
                Optional.empty());
        stores.save(message(GLOBEX), List.of(), Optional.empty());
        Lease lease = lease("w1", later(60));
        ClaimedDelivery claimed = stores.queue().claimDue(lease, NOW, 1).get(0);
        stores.queue().record(claimed.delivery().afterAttempt(new AttemptResult.Sent("x"), NOW, RETRIES, 0.5), lease);

        List<MessageSummary> all = stores.messages().list(ACME, MessageFilter.ALL, new PageRequest(0, 10));
        assertThat(all).extracting(MessageSummary::id).containsExactly(newer.id(), older.id());
        assertThat(all.get(0)).satisfies(summary -> {
            assertThat(summary.origin()).isEqualTo("capillary");
            assertThat(summary.subject()).isEqualTo("New");
            assertThat(summary.testMode()).isTrue();
            assertThat(summary.createdAt()).isEqualTo(later(1));
            assertThat(summary.deliveries()).isEqualTo(Map.of(DeliveryStatus.QUEUED, 1));
        });
        assertThat(all.get(1).deliveries()).isEqualTo(Map.of(DeliveryStatus.QUEUED, 1, DeliveryStatus.SENT, 1));
        assertThat(stores.messages().list(ACME, new MessageFilter(Optional.of("spring"), Optional.empty(), Optional.empty()),
                new PageRequest(0, 10))).extracting(MessageSummary::id).containsExactly(older.id());
        assertThat(stores.messages().list(ACME, new MessageFilter(Optional.empty(), Optional.of("capillary"), Optional.empty()),
                new PageRequest(0, 10))).extracting(MessageSummary::id).containsExactly(newer.id());
        assertThat(stores.messages().list(ACME, new MessageFilter(Optional.empty(), Optional.empty(),
                Optional.of(DeliveryStatus.SENT)), new PageRequest(0, 10))).extracting(MessageSummary::id)
                .containsExactly(older.id());
        assertThat(stores.messages().list(ACME, MessageFilter.ALL, new PageRequest(1, 10))).hasSize(1);
        assertThat(stores.messages().list(ACME, delivery(Optional.empty(), "c@example.com", Optional.of(Channel.EMAIL)),
                new PageRequest(0, 10))).extracting(MessageSummary::id).containsExactly(newer.id());
        assertThat(stores.messages().list(ACME, delivery(Optional.empty(), "c@example.com", Optional.of(Channel.SMS)),
                new PageRequest(0, 10))).isEmpty();
        String sentTo = claimed.delivery().address().value();
        String stillQueued = sentTo.equals("a@example.com") ? "b@example.com" : "a@example.com";
        assertThat(stores.messages().list(ACME, delivery(Optional.of(DeliveryStatus.SENT), sentTo, Optional.empty()),
                new PageRequest(0, 10))).extracting(MessageSummary::id).containsExactly(older.id());
        assertThat(stores.messages().list(ACME, delivery(Optional.of(DeliveryStatus.SENT), stillQueued, Optional.empty()),
                new PageRequest(0, 10))).as("sent, and to the other address: two deliveries, not one").isEmpty();
        assertThat(stores.messages().list(ACME, new MessageFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(later(1)), Optional.of(later(2))), new PageRequest(0, 10)))
                .extracting(MessageSummary::id).containsExactly(newer.id());
        assertThat(stores.messages().list(ACME, new MessageFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(later(1))), new PageRequest(0, 10)))
                .extracting(MessageSummary::id).containsExactly(older.id());
    }

    @Test
    void aSearchByRecipientOrChannelFindsTheTenantsOwnMessagesOnceEach() {
        PhoneNumber number = new PhoneNumber("+14155550100");
        Message both = message(ACME);
        stores.save(both, List.of(queued(both, Channel.SMS, number, NOW), queued(both, Channel.WHATSAPP, number, NOW)),
                Optional.empty());
        Message elsewhere = message(GLOBEX);
        stores.save(elsewhere, List.of(queued(elsewhere, Channel.WHATSAPP, number, NOW)), Optional.empty());
        Message email = message(ACME);
        stores.save(email, List.of(queued(email, Channel.EMAIL, new EmailAddress("ada@example.com"), NOW)), Optional.empty());
        PageRequest page = new PageRequest(0, 10);

        assertThat(stores.messages().list(ACME, delivery(Optional.empty(), number.value(), Optional.empty()), page))
                .as("two deliveries to the address, one message").extracting(MessageSummary::id).containsExactly(both.id());
        assertThat(stores.messages().list(ACME, delivery(Optional.empty(), number.value(), Optional.of(Channel.WHATSAPP)), page))
                .extracting(MessageSummary::id).containsExactly(both.id());
        assertThat(stores.messages().list(ACME, delivery(Optional.of(DeliveryStatus.SENT), number.value(), Optional.empty()),
                page)).isEmpty();
        assertThat(stores.messages().list(GLOBEX, delivery(Optional.empty(), number.value(), Optional.empty()), page))
                .extracting(MessageSummary::id).containsExactly(elsewhere.id());
        assertThat(stores.messages().list(ACME, new MessageFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(Channel.WHATSAPP), Optional.empty(), Optional.empty()), page))
                .extracting(MessageSummary::id).containsExactly(both.id());
        assertThat(stores.messages().list(ACME, new MessageFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(Channel.PUSH), Optional.empty(), Optional.empty()), page)).isEmpty();
    }

    @Test
    void aSearchByALongAddressFindsThatAddressAloneNotOthersBeginningAlike() {
        String common = "https://hooks.example.com/" + "a".repeat(600);
        WebhookUrl searched = new WebhookUrl(common + "/searched");
        Message wanted = message(ACME);
        stores.save(wanted, List.of(queued(wanted, Channel.WEBHOOK, searched, NOW)), Optional.empty());
        Message alike = message(ACME);
        stores.save(alike, List.of(queued(alike, Channel.WEBHOOK, new WebhookUrl(common + "/other"), NOW)), Optional.empty());

        assertThat(stores.messages().list(ACME, delivery(Optional.empty(), searched.value(), Optional.empty()),
                new PageRequest(0, 10))).extracting(MessageSummary::id).containsExactly(wanted.id());
    }

    private static MessageFilter delivery(Optional<DeliveryStatus> status, String address, Optional<Channel> channel) {
        return new MessageFilter(Optional.empty(), Optional.empty(), status, Optional.of(address), channel, Optional.empty(),
                Optional.empty());
    }

    @Test
    void cancellingStopsOnlyWhatIsStillQueued() {
        Message message = message(ACME);
        stores.save(message, List.of(queued(message, Channel.EMAIL, new EmailAddress("now@example.com"), NOW),
                queued(message, Channel.EMAIL, new EmailAddress("later@example.com"), later(3600))), Optional.empty());
        Lease lease = lease("w1", later(60));
        assertThat(stores.queue().claimDue(lease, NOW, 10)).hasSize(1);

        assertThat(stores.messages().cancelQueued(ACME, message.id(), later(5))).contains(1);
        assertThat(stores.messages().find(ACME, message.id()).orElseThrow().deliveries())
                .extracting(delivery -> delivery.address().value() + " " + delivery.status())
                .containsExactlyInAnyOrder("now@example.com SENDING", "later@example.com CANCELLED");
        assertThat(stores.queue().claimDue(lease("w2", later(7200)), later(3600), 10))
                .extracting(claim -> claim.delivery().address().value()).doesNotContain("later@example.com");
        assertThat(stores.messages().cancelQueued(ACME, message.id(), later(6))).contains(0);
        assertThat(stores.messages().cancelQueued(GLOBEX, message.id(), later(6))).isEmpty();
    }

    @Test
    void sealedCredentialsTravelWithTheirDeliveryAndAreErasedWhenNoLongerNeeded() {
        SealedCredentials sealed = new SealedCredentials(new byte[]{7, 0, -1, 42});
        Message message = message(ACME);
        Delivery withCredentials = queued(message, Channel.SMS, new PhoneNumber("+14155550100"), NOW).withCredentials(sealed);
        Delivery scheduled = queued(message, Channel.SMS, new PhoneNumber("+14155550101"), later(3600)).withCredentials(sealed);
        stores.save(message, List.of(withCredentials, scheduled), Optional.empty());

        Lease lease = lease("w1", later(60));
        ClaimedDelivery claim = stores.queue().claimDue(lease, NOW, 10).get(0);
        assertThat(claim.delivery().credentials()).contains(sealed);
        Delivery retrying = claim.delivery().afterAttempt(new AttemptResult.Deferred("429"), NOW, RETRIES, 0.0);
        stores.queue().record(retrying, lease);
        ClaimedDelivery retried = stores.queue().claimDue(lease, retrying.notBefore(), 10).get(0);
        assertThat(retried.delivery().credentials()).as("kept for the retry").contains(sealed);

        stores.queue().record(retried.delivery().afterAttempt(new AttemptResult.Sent("SM1"), NOW, RETRIES, 0.5), lease);
        stores.messages().cancelQueued(ACME, message.id(), NOW);
        assertThat(stores.storedCredentialCount()).as("kept for the sent one's status reports, not the cancelled").isOne();

        Message refused = message(ACME);
        stores.save(refused, List.of(queued(refused, Channel.SMS, new PhoneNumber("+14155550102"), NOW)
                .withCredentials(sealed)), Optional.empty());
        ClaimedDelivery claimed = stores.queue().claimDue(lease, NOW, 10).get(0);
        stores.queue().record(claimed.delivery().afterAttempt(new AttemptResult.Rejected("21211"), NOW, RETRIES, 0.5), lease);
        assertThat(stores.messages().find(ACME, refused.id()).orElseThrow().deliveries())
                .allSatisfy(ended -> assertThat(ended.credentials()).isEmpty());
        assertThat(stores.storedCredentialCount()).isOne();
    }

    private ClaimedDelivery saveAndClaimOne(Lease lease) {
        Message message = message(ACME);
        stores.save(message, List.of(queued(message, Channel.IN_APP, new UserId("user-1"), NOW)), Optional.empty());
        List<ClaimedDelivery> claimed = stores.queue().claimDue(lease, NOW, 10);
        assertThat(claimed).hasSize(1);
        return claimed.get(0);
    }

    private Delivery onlyDelivery(Message message) {
        return stores.messages().find(message.tenantId(), message.id()).orElseThrow().deliveries().get(0);
    }

    private static Message message(TenantId tenant) {
        return new Message(MessageId.generate(), tenant, "admin", Content.text("Subject", "Body"), EmailOptions.NONE, null, null,
                false, NOW);
    }

    private static Delivery queued(Message message, Channel channel, Address address,
                                   Instant notBefore) {
        return Delivery.queue(message.id(), message.tenantId(), new Recipient(channel, address), notBefore, NOW);
    }

    private static Lease lease(String owner, Instant until) {
        return new Lease(owner, until);
    }
}
