package switchboard.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import switchboard.application.contract.StoreContract;
import switchboard.application.dispatch.port.AttemptOutcome;
import switchboard.application.dispatch.port.Lease;
import switchboard.application.event.EventSelection;
import switchboard.application.event.port.ClaimedEndpoint;
import switchboard.application.event.EventAttempt;
import switchboard.application.event.port.EventBacklog;
import switchboard.application.event.port.QueuedEvent;
import switchboard.application.event.port.RoundOutcome;
import switchboard.application.retention.RetentionScope;
import switchboard.application.shared.PageRequest;
import switchboard.application.shared.TenantStore;
import switchboard.domain.delivery.AttemptRecord;
import switchboard.domain.delivery.AttemptResult;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.delivery.RetryPolicy;
import switchboard.domain.delivery.SealedCredentials;
import switchboard.domain.event.Event;
import switchboard.domain.event.EventEndpoint;
import switchboard.domain.event.EventType;
import switchboard.domain.message.Content;
import switchboard.domain.message.EmailOptions;
import switchboard.domain.message.Message;
import switchboard.domain.message.MessageId;
import switchboard.domain.recipient.Channel;
import switchboard.domain.recipient.EmailAddress;
import switchboard.domain.recipient.Recipient;
import switchboard.domain.tenant.TenantId;

/**
 * The events a tenant's endpoints hear of: written by the transactions that store the changes, only
 * for endpoints that want them, queued per endpoint in order, claimed by one relay at a time.
 */
abstract class EventStoresContract extends StoreContract {

    private static final SealedCredentials SECRETS = new SealedCredentials(new byte[]{1, 2, 3});
    private static final RetryPolicy ONE_ATTEMPT = new RetryPolicy(1, Duration.ofSeconds(1), Duration.ofSeconds(1));

    private JdbcEventEndpointStore endpoints() {
        return ((JdbcStores) stores).context().getBean(JdbcEventEndpointStore.class);
    }

    private JdbcEventOutbox outbox() {
        return ((JdbcStores) stores).context().getBean(JdbcEventOutbox.class);
    }

    @Test
    void storesNoEventForATenantWithoutEndpoints() {
        EventEndpoint globexs = endpoint(GLOBEX, Set.of());
        store(ACME, "ann@example.com");

        assertThat(outbox().claim(lease("r1"), later(1), 10, 10)).isEmpty();
        assertThat(outbox().waiting(GLOBEX, globexs.id())).isZero();
        assertThat(endpoints().find(GLOBEX, globexs.id())).as("every setting as stored").contains(globexs);
    }

    @Test
    void queuesTheEventsOfEachChangeInTheOrderTheyHappened() {
        EventEndpoint endpoint = endpoint(ACME, Set.of());
        Message message = store(ACME, "ann@example.com");
        Lease dispatch = new Lease("w1", later(60));
        Delivery claimed = stores.queue().claimDue(dispatch, NOW, 1).get(0).delivery();
        Delivery sent = claimed.afterAttempt(new AttemptResult.Sent("ref-1"), later(1), ONE_ATTEMPT, 0.5);
        assertThat(stores.queue().recordAll(List.of(new AttemptOutcome(sent, dispatch, Optional.empty(), Optional.of(
                AttemptRecord.ofAttempt(new AttemptResult.Sent("ref-1"), sent, Optional.of("smtp"), Optional.empty())))))).isEmpty();

        List<ClaimedEndpoint> claimedEndpoints = outbox().claim(lease("r1"), later(2), 10, 10);

        assertThat(claimedEndpoints).singleElement().satisfies(one -> {
            assertThat(one.endpoint().id()).isEqualTo(endpoint.id());
            assertThat(one.secrets()).isEqualTo(SECRETS);
            assertThat(one.events()).extracting(queued -> queued.event().type())
                    .containsExactly(EventType.MESSAGE_ACCEPTED, EventType.DELIVERY_SENT);
            QueuedEvent delivered = one.events().get(1);
            assertThat(delivered.event().messageId()).isEqualTo(message.id());
            assertThat(delivered.event().delivery()).contains(sent.id());
            assertThat(delivered.event().recipient()).contains("ann@example.com");
            assertThat(delivered.event().channel()).contains(Channel.EMAIL);
            assertThat(delivered.event().provider()).contains("smtp");
            assertThat(delivered.event().providerRef()).contains("ref-1");
            assertThat(delivered.origin()).contains("admin");
            assertThat(delivered.campaign()).contains("spring");
            assertThat(one.events().get(0).position()).isLessThan(delivered.position());
        });
    }

    @Test
    void queuesOnlyTheEventsAnEndpointWants() {
        EventEndpoint sentOnly = endpoint(ACME, Set.of(EventType.DELIVERY_CANCELLED));
        Message message = store(ACME, "ann@example.com");
        assertThat(outbox().waiting(ACME, sentOnly.id())).isZero();

        assertThat(stores.messages().cancelQueued(ACME, message.id(), later(1))).contains(1);

        assertThat(outbox().claim(lease("r1"), later(2), 10, 10)).singleElement().satisfies(one ->
                assertThat(one.events()).extracting(queued -> queued.event().type()).containsExactly(EventType.DELIVERY_CANCELLED));
    }

    @Test
    void storesNoEventForAChangeThatWasNotStored() {
        EventEndpoint endpoint = endpoint(ACME, Set.of(EventType.DELIVERY_DELIVERED));
        store(ACME, "ann@example.com");
        Delivery queued = stores.queue().claimDue(new Lease("w1", later(60)), NOW, 1).get(0).delivery();
        Delivery stale = Delivery.restore(queued.id(), queued.messageId(), queued.tenantId(), queued.recipient(), null, null,
                queued.status(), queued.attempts(), queued.notBefore(), null, null, later(30));
        Delivery delivered = queued.afterAttempt(new AttemptResult.Sent("ref"), later(1), ONE_ATTEMPT, 0.5);

        assertThat(stores.deliveries().replace(stale, delivered)).isFalse();

        assertThat(outbox().waiting(ACME, endpoint.id())).isZero();
    }

    @Test
    void holdsAClaimedEndpointForOneRelayAndRecordsItsRound() {
        EventEndpoint endpoint = endpoint(ACME, Set.of());
        store(ACME, "ann@example.com");
        store(ACME, "bob@example.com");
        assertThat(outbox().backlog()).isEqualTo(new EventBacklog(2, 0, 0));
        ClaimedEndpoint claimed = outbox().claim(lease("r1"), later(1), 10, 10).get(0);
        assertThat(outbox().claim(lease("r2"), later(1), 10, 10)).as("held under r1's lease").isEmpty();
        QueuedEvent first = claimed.events().get(0);
        EventAttempt posted = new EventAttempt(endpoint.id(), first.event().id(), first.event().type(), later(2), true,
                OptionalInt.of(204), 12, "");
        EventAttempt refused = new EventAttempt(endpoint.id(), claimed.events().get(1).event().id(),
                claimed.events().get(1).event().type(), later(2), false, OptionalInt.empty(), 40, "no answer within 30000 ms");

        assertThat(outbox().record(new RoundOutcome(claimed, List.of(first), List.of(posted, refused), 1,
                Optional.of(later(2)), later(60), Optional.empty()))).isTrue();

        assertThat(outbox().waiting(ACME, endpoint.id())).isEqualTo(1);
        assertThat(outbox().backlog()).isEqualTo(new EventBacklog(0, 1, 0));
        assertThat(endpoints().find(ACME, endpoint.id()).orElseThrow().failingSince()).contains(later(2));
        assertThat(outbox().claim(lease("r2"), later(30), 10, 10)).as("waiting to retry").isEmpty();
        ClaimedEndpoint again = outbox().claim(lease("r2"), later(61), 10, 10).get(0);
        assertThat(again.failures()).isEqualTo(1);
        assertThat(again.events()).extracting(queued -> queued.event().id()).containsExactly(refused.eventId());
        assertThat(outbox().attempts(ACME, endpoint.id(), new PageRequest(0, 10)))
                .extracting(EventAttempt::delivered, EventAttempt::status, EventAttempt::detail)
                .containsExactlyInAnyOrder(tuple(true, OptionalInt.of(204), ""),
                        tuple(false, OptionalInt.empty(), "no answer within 30000 ms"));
        assertThat(outbox().attempts(GLOBEX, endpoint.id(), new PageRequest(0, 10))).as("another tenant's").isEmpty();
    }

    @Test
    void refusesTheRoundOfALeaseThatRanOut() {
        endpoint(ACME, Set.of());
        store(ACME, "ann@example.com");
        ClaimedEndpoint first = outbox().claim(new Lease("r1", later(5)), later(1), 10, 10).get(0);
        ClaimedEndpoint second = outbox().claim(lease("r2"), later(6), 10, 10).get(0);

        assertThat(outbox().record(new RoundOutcome(first, List.of(first.events().get(0)), List.of(), 0,
                Optional.empty(), later(6), Optional.empty()))).isFalse();
        assertThat(outbox().record(new RoundOutcome(second, List.of(second.events().get(0)), List.of(), 0,
                Optional.empty(), later(7), Optional.empty()))).isTrue();
        assertThat(outbox().waiting(ACME, first.endpoint().id())).isZero();
    }

    @Test
    void keepsThePausedEndpointsEventsUntilItIsResumed() {
        EventEndpoint endpoint = endpoint(ACME, Set.of());
        assertThat(endpoints().pause(ACME, endpoint.id(), "paused by the tenant")).isTrue();
        store(ACME, "ann@example.com");

        assertThat(outbox().claim(lease("r1"), later(1), 10, 10)).isEmpty();
        assertThat(outbox().waiting(ACME, endpoint.id())).isEqualTo(1);
        assertThat(outbox().backlog()).isEqualTo(new EventBacklog(0, 0, 1));

        assertThat(endpoints().resume(ACME, endpoint.id())).isTrue();
        assertThat(outbox().claim(lease("r1"), Instant.now().plusSeconds(1), 10, 10)).hasSize(1);
    }

    @Test
    void anEditOfTheSettingsLeavesThePauseAndTheFailuresTheRelayRecordedMeanwhile() {
        EventEndpoint readBefore = endpoint(ACME, Set.of());
        store(ACME, "ann@example.com");
        ClaimedEndpoint claimed = outbox().claim(lease("r1"), later(1), 10, 10).get(0);
        outbox().record(new RoundOutcome(claimed, List.of(), List.of(), 9, Optional.of(later(-3600)), later(3600),
                Optional.of("paused by the gateway")));

        assertThat(endpoints().update(readBefore.changed(URI.create("https://elsewhere.example.com/"), Set.of(),
                "moved", false))).isTrue();

        EventEndpoint stored = endpoints().find(ACME, readBefore.id()).orElseThrow();
        assertThat(stored.url()).isEqualTo(URI.create("https://elsewhere.example.com/"));
        assertThat(stored.pausedReason()).contains("paused by the gateway");
        assertThat(stored.failingSince()).contains(later(-3600));
    }

    @Test
    void replaysAMessagesEventsAfterThoseWaiting() {
        EventEndpoint endpoint = endpoint(ACME, Set.of());
        Message replayed = store(ACME, "ann@example.com");
        ClaimedEndpoint claimed = outbox().claim(lease("r1"), later(1), 10, 10).get(0);
        outbox().record(new RoundOutcome(claimed, List.of(claimed.events().get(0)), List.of(), 0, Optional.empty(),
                later(1), Optional.empty()));
        Message waiting = store(ACME, "bob@example.com");

        assertThat(outbox().replay(ACME, endpoint.id(), new EventSelection(Optional.of(replayed.id()), Optional.empty(),
                Optional.empty()))).isEqualTo(1);
        assertThat(outbox().replay(GLOBEX, endpoint.id(), new EventSelection(Optional.of(replayed.id()), Optional.empty(),
                Optional.empty()))).as("not Globex's endpoint").isZero();

        assertThat(outbox().claim(lease("r2"), later(2), 10, 10).get(0).events()).extracting(queued -> queued.event().messageId())
                .containsExactly(waiting.id(), replayed.id());
    }

    @Test
    void takesARoundsEventsOffTheQueueAndLeavesTheRestOfTheirTransactionsWaiting() {
        EventEndpoint endpoint = endpoint(ACME, Set.of(EventType.DELIVERY_CANCELLED));
        Message message = store(ACME, "ann@example.com", "bob@example.com", "cy@example.com");
        assertThat(stores.messages().cancelQueued(ACME, message.id(), later(1))).contains(3);
        assertThat(rows("event_queue")).as("one transaction's events in one entry").isEqualTo(1);

        ClaimedEndpoint first = outbox().claim(lease("r1"), later(2), 10, 2).get(0);
        assertThat(first.events()).hasSize(2);
        assertThat(outbox().record(new RoundOutcome(first, first.events().subList(0, 1), List.of(), 1, Optional.of(later(2)),
                later(2), Optional.empty()))).isTrue();
        assertThat(outbox().waiting(ACME, endpoint.id())).isEqualTo(2);

        ClaimedEndpoint second = outbox().claim(lease("r2"), later(3), 10, 10).get(0);
        assertThat(second.events()).extracting(queued -> queued.event().id())
                .containsExactly(first.events().get(1).event().id(), second.events().get(1).event().id());
        assertThat(second.events().get(1).event().recipient()).isNotEqualTo(first.events().get(0).event().recipient())
                .isNotEqualTo(first.events().get(1).event().recipient());
        assertThat(outbox().record(new RoundOutcome(second, second.events(), List.of(), 0, Optional.empty(), later(3),
                Optional.empty()))).isTrue();
        assertThat(outbox().waiting(ACME, endpoint.id())).isZero();
        assertThat(rows("event_queue")).isZero();
    }

    @Test
    void purgesTheEventsOfPurgedMessages() {
        EventEndpoint endpoint = endpoint(ACME, Set.of());
        Message message = store(ACME, "ann@example.com");
        assertThat(stores.messages().cancelQueued(ACME, message.id(), later(1))).contains(1);
        assertThat(outbox().waiting(ACME, endpoint.id())).isEqualTo(2);

        assertThat(stores.history().deleteFinished(new RetentionScope.OneTenant(ACME), later(2), 100).messages()).isEqualTo(1);

        assertThat(outbox().claim(lease("r1"), later(3), 10, 10)).singleElement().satisfies(claimed ->
                assertThat(claimed.events()).as("taken off the queue when reached, not posted").isEmpty());
        assertThat(outbox().waiting(ACME, endpoint.id())).isZero();
        assertThat(outbox().replay(ACME, endpoint.id(), new EventSelection(Optional.empty(), Optional.of(NOW.minusSeconds(60)),
                Optional.of(later(60))))).isZero();
    }

    @Test
    void deletesAnEndpointWithItsQueue() {
        EventEndpoint endpoint = endpoint(ACME, Set.of());
        store(ACME, "ann@example.com");

        assertThat(endpoints().delete(GLOBEX, endpoint.id())).isFalse();
        assertThat(endpoints().delete(ACME, endpoint.id())).isTrue();

        assertThat(endpoints().find(ACME, endpoint.id())).isEmpty();
        assertThat(outbox().claim(lease("r1"), later(1), 10, 10)).isEmpty();
    }

    @Test
    void deletesAnEndpointWithItsQueueAndItsLog() {
        EventEndpoint endpoint = endpoint(ACME, Set.of());
        EventEndpoint other = endpoint(ACME, Set.of());
        store(ACME, "ann@example.com");
        for (ClaimedEndpoint claimed : outbox().claim(lease("r1"), later(1), 10, 10)) {
            QueuedEvent event = claimed.events().get(0);
            assertThat(outbox().record(new RoundOutcome(claimed, List.of(event), List.of(new EventAttempt(
                    claimed.endpoint().id(), event.event().id(), event.event().type(), later(2), true, OptionalInt.of(204), 3, "")),
                    0, Optional.empty(), later(2), Optional.empty()))).isTrue();
        }
        assertThat(rows("event_attempt")).isEqualTo(2);
        store(ACME, "bob@example.com");
        assertThat(rows("event_queue")).isEqualTo(2);

        assertThat(endpoints().delete(ACME, endpoint.id())).isTrue();

        assertThat(outbox().attempts(ACME, other.id(), new PageRequest(0, 10))).hasSize(1);
        assertThat(rows("event_attempt")).as("the deleted endpoint's log goes with it").isEqualTo(1);
        assertThat(rows("event_queue")).as("and its queue").isEqualTo(1);
    }

    @Test
    void aSendThatQueuedForAnEndpointRemovedMeanwhileIsStoredAndTheEntryGoesAtThePurge() {
        Message message = store(ACME, "ann@example.com");
        EventEndpoint removedMeanwhile = endpoint(ACME, Set.of());
        Database database = ((JdbcStores) stores).context().getBean(Database.class);
        OutboxInserts inserts = ((JdbcStores) stores).context().getBean(OutboxInserts.class);

        // The endpoint goes, in a transaction of its own, after the send's transaction read it and before it queues.
        database.write(connection -> {
            inserts.insertEvents(connection, Set.of(ACME), () -> {
                CompletableFuture.runAsync(() -> endpoints().delete(ACME, removedMeanwhile.id())).join();
                return Stream.of(Event.accepted(message));
            });
            return null;
        });

        assertThat(rows("event")).as("the send's event is stored").isEqualTo(1);
        assertThat(rows("event_queue")).as("queued for an endpoint that is gone").isEqualTo(1);
        assertThat(outbox().claim(lease("r1"), later(1), 10, 10)).isEmpty();
        assertThat(stores.messages().cancelQueued(ACME, message.id(), later(1))).contains(1);

        assertThat(stores.history().deleteFinished(new RetentionScope.OneTenant(ACME), later(2), 100).messages()).isEqualTo(1);

        assertThat(rows("event")).isZero();
        assertThat(rows("event_queue")).as("the purge takes the entries of endpoints that are gone").isZero();
    }

    @Test
    void removesATenantWithItsEventsAndItsEndpointsQueuesAndLogs() {
        EventEndpoint acmes = endpoint(ACME, Set.of());
        EventEndpoint globexs = endpoint(GLOBEX, Set.of());
        Message acmeMessage = store(ACME, "ann@example.com");
        assertThat(stores.messages().cancelQueued(ACME, acmeMessage.id(), later(1))).contains(1);
        store(GLOBEX, "bob@example.com");
        for (ClaimedEndpoint claimed : outbox().claim(lease("r1"), later(2), 10, 10)) {
            QueuedEvent event = claimed.events().get(0);
            outbox().record(new RoundOutcome(claimed, List.of(event), List.of(new EventAttempt(claimed.endpoint().id(),
                    event.event().id(), event.event().type(), later(2), true, OptionalInt.of(204), 3, "")), 0, Optional.empty(),
                    later(2), Optional.empty()));
        }
        assertThat(stores.tenants().remove(ACME)).isEqualTo(TenantStore.Removal.REMOVED);

        assertThat(rows("event")).as("Globex's accepted event alone").isEqualTo(1);
        assertThat(rows("event_queue")).isZero();
        assertThat(rows("event_attempt")).isEqualTo(1);
        assertThat(endpoints().find(GLOBEX, globexs.id())).isPresent();
        assertThat(endpoints().find(ACME, acmes.id())).isEmpty();
    }

    @Test
    void replacesTheSecretsWithTheOverlapOfThePreviousOne() {
        EventEndpoint endpoint = endpoint(ACME, Set.of());
        SealedCredentials rotated = new SealedCredentials(new byte[]{4, 5});

        assertThat(endpoints().replaceSecrets(ACME, endpoint.id(), rotated, later(3600))).isTrue();
        store(ACME, "ann@example.com");

        assertThat(endpoints().secrets(ACME, endpoint.id())).contains(rotated);
        assertThat(outbox().claim(lease("r1"), later(1), 10, 10).get(0).previousSecretUntil()).contains(later(3600));
        assertThat(endpoints().replaceSecrets(GLOBEX, endpoint.id(), rotated, later(3600))).isFalse();
    }

    private long rows(String table) {
        Database database = ((JdbcStores) stores).context().getBean(Database.class);
        return database.read(connection -> Database.queryOne(connection, "SELECT COUNT(*) AS n FROM " + table,
                row -> row.getLong("n")).orElseThrow());
    }

    private EventEndpoint endpoint(TenantId tenant, Set<EventType> events) {
        EventEndpoint endpoint = new EventEndpoint(UUID.randomUUID(), tenant, URI.create("https://hooks.example.com/" + tenant),
                events, "orders", tenant.equals(GLOBEX), Optional.empty(), Optional.empty(), NOW);
        endpoints().create(endpoint, SECRETS);
        return endpoint;
    }

    private Message store(TenantId tenant, String... addresses) {
        Message message = new Message(MessageId.generate(), tenant, "admin", Content.text("Hello", "Body"), EmailOptions.NONE,
                null, "spring", false, NOW);
        stores.save(message, Arrays.stream(addresses).map(address -> Delivery.queue(message.id(), tenant,
                new Recipient(Channel.EMAIL, new EmailAddress(address)), NOW, NOW)).toList(), Optional.empty());
        return message;
    }

    private static Lease lease(String owner) {
        return new Lease(owner, later(120));
    }
}
