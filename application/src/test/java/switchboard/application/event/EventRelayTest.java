package switchboard.application.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import switchboard.application.dispatch.port.Lease;
import switchboard.application.event.port.ClaimedEndpoint;
import switchboard.application.event.port.EventBacklog;
import switchboard.application.event.port.EventOutbox;
import switchboard.application.event.port.EventPoster;
import switchboard.application.event.port.QueuedEvent;
import switchboard.application.event.port.RoundOutcome;
import switchboard.application.memory.Eventually;
import switchboard.application.memory.FakeSecretSealer;
import switchboard.application.memory.SettableClock;
import switchboard.application.shared.PageRequest;
import switchboard.domain.event.Event;
import switchboard.domain.event.EventEndpoint;
import switchboard.domain.event.EventType;
import switchboard.domain.message.MessageId;
import switchboard.domain.tenant.TenantId;

class EventRelayTest {

    private static final Instant START = Instant.parse("2026-12-07T10:00:00Z");
    private static final TenantId ACME = new TenantId("acme");
    private static final FakeSecretSealer SEALER = new FakeSecretSealer();
    private static final EventRelaySettings SETTINGS = new EventRelaySettings("relay", 2, 10, Duration.ofMinutes(2),
            Duration.ofMillis(10), Duration.ofSeconds(5), Duration.ofMinutes(1), Duration.ofHours(24));

    private final SettableClock clock = new SettableClock(START);
    private final OneEndpointOutbox outbox = new OneEndpointOutbox();
    private final List<String> posted = new CopyOnWriteArrayList<>();
    /** What the meter counted. */
    private final List<String> posts = new ArrayList<>();
    private Function<QueuedEvent, EventPoster.PostResult> answer = event -> new EventPoster.PostResult(true, 204, 3, "");
    private List<String> lastSecrets = List.of();
    private final EventRelay relay = new EventRelay(outbox, (url, secrets) -> event -> {
        posted.add(event.event().type().wireName());
        lastSecrets = secrets;
        return answer.apply(event);
    }, SEALER, SETTINGS, (tenant, type, delivered) -> posts.add(type.wireName() + (delivered ? " taken" : " refused")), clock);

    @Test
    void postsAnEndpointsEventsInOrderAndClearsItsFailures() {
        outbox.waiting(claimed(3, Optional.of(START.minusSeconds(60)), EventType.MESSAGE_ACCEPTED, EventType.DELIVERY_SENT,
                EventType.DELIVERY_DELIVERED));

        assertThat(relay.runOnce()).isEqualTo(1);

        assertThat(posted).containsExactly("message.accepted", "delivery.sent", "delivery.delivered");
        RoundOutcome outcome = outbox.recorded.get(0);
        assertThat(outcome.posted()).extracting(QueuedEvent::position).containsExactly(1L, 2L, 3L);
        assertThat(outcome.failures()).isZero();
        assertThat(outcome.failingSince()).isEmpty();
        assertThat(outcome.attempts()).extracting(EventAttempt::delivered).containsExactly(true, true, true);
    }

    @Test
    void stopsAtTheFirstEventTheEndpointDoesNotTakeAndWaitsLongerAfterEachFailure() {
        answer = event -> new EventPoster.PostResult(false, 503, 7, "busy");
        outbox.waiting(claimed(2, Optional.of(START.minusSeconds(30)), EventType.MESSAGE_ACCEPTED, EventType.DELIVERY_SENT));

        relay.runOnce();

        assertThat(posted).containsExactly("message.accepted");
        assertThat(posts).containsExactly("message.accepted refused");
        RoundOutcome outcome = outbox.recorded.get(0);
        assertThat(outcome.posted()).isEmpty();
        assertThat(outcome.failures()).isEqualTo(3);
        assertThat(outcome.failingSince()).contains(START.minusSeconds(30));
        assertThat(outcome.nextRound()).isEqualTo(START.plusSeconds(20)).as("5 s doubled twice");
        assertThat(outcome.pausedReason()).isEmpty();
        assertThat(outcome.attempts()).last().satisfies(attempt -> {
            assertThat(attempt.status()).hasValue(503);
            assertThat(attempt.detail()).isEqualTo("busy");
        });
    }

    @Test
    void aRoundThatPostedSomeBeforeItsFailureStartsANewRunOfFailures() {
        answer = event -> event.position() == 2 ? new EventPoster.PostResult(false, 429, 2, "slow down")
                : new EventPoster.PostResult(true, 200, 2, "");
        outbox.waiting(claimed(6, Optional.of(START.minus(Duration.ofHours(23))), EventType.MESSAGE_ACCEPTED,
                EventType.DELIVERY_SENT, EventType.DELIVERY_DELIVERED));

        relay.runOnce();

        assertThat(posts).containsExactly("message.accepted taken", "delivery.sent refused");
        RoundOutcome outcome = outbox.recorded.get(0);
        assertThat(outcome.posted()).extracting(QueuedEvent::position).containsExactly(1L);
        assertThat(outcome.failures()).isEqualTo(1);
        assertThat(outcome.failingSince()).contains(START);
        assertThat(outcome.nextRound()).isEqualTo(START.plusSeconds(5));
    }

    @Test
    void aRoundWithNothingToPostLeavesTheEndpointsFailuresAsTheyWere() {
        outbox.waiting(claimed(4, Optional.of(START.minusSeconds(90))));

        relay.runOnce();

        RoundOutcome outcome = outbox.recorded.get(0);
        assertThat(outcome.failures()).isEqualTo(4);
        assertThat(outcome.failingSince()).contains(START.minusSeconds(90));
        assertThat(outcome.pausedReason()).isEmpty();
    }

    @Test
    void keepsClaimingAfterClaimsFailedWhileTheDatabaseWasAway() throws Exception {
        AtomicInteger failedClaims = new AtomicInteger();
        EventOutbox flaky = new OneEndpointOutbox() {
            @Override
            public List<ClaimedEndpoint> claim(Lease lease, Instant now, int endpoints, int eventsPerEndpoint) {
                if (failedClaims.incrementAndGet() <= 3 * SETTINGS.concurrency()) {
                    throw new IllegalStateException("the database is away");
                }
                return super.claim(lease, now, endpoints, eventsPerEndpoint);
            }
        };
        ((OneEndpointOutbox) flaky).waiting(claimed(0, Optional.empty(), EventType.DELIVERY_SENT));
        try (EventRelay background = new EventRelay(flaky, (url, secrets) -> event -> {
            posted.add(event.event().type().wireName());
            return new EventPoster.PostResult(true, 204, 1, "");
        }, SEALER, SETTINGS, (tenant, type, delivered) -> { }, clock)) {
            background.start();
            Eventually.waitFor(() -> posted.size() == 1);
        }

        assertThat(posted).containsExactly("delivery.sent");
    }

    @Test
    void waitsNoLongerThanTheLongestRetry() {
        assertThat(SETTINGS.retryAfter(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(SETTINGS.retryAfter(4)).isEqualTo(Duration.ofSeconds(40));
        assertThat(SETTINGS.retryAfter(5)).isEqualTo(Duration.ofMinutes(1));
        assertThat(SETTINGS.retryAfter(500)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void pausesAnEndpointThatKeptFailingForThePauseAfter() {
        answer = event -> new EventPoster.PostResult(false, 0, 5000, "the endpoint did not answer in time");
        outbox.waiting(claimed(40, Optional.of(START.minus(Duration.ofHours(24))), EventType.DELIVERY_SENT));

        relay.runOnce();

        assertThat(outbox.recorded.get(0).pausedReason()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("paused by the gateway").contains("did not answer in time"));
    }

    @Test
    void signsWithThePreviousSecretToo_untilItsOverlapEnds() {
        String current = SigningSecrets.generate();
        String previous = SigningSecrets.generate();
        ClaimedEndpoint endpoint = claimed(0, Optional.empty(), EventType.DELIVERY_SENT);
        outbox.waiting(new ClaimedEndpoint(endpoint.endpoint(), SigningSecrets.seal(SEALER, current, Optional.of(previous)),
                Optional.of(START.plusSeconds(60)), 0, endpoint.lease(), endpoint.events()));

        relay.runOnce();
        assertThat(lastSecrets).containsExactly(current, previous);

        clock.advance(Duration.ofSeconds(61));
        outbox.waiting(new ClaimedEndpoint(endpoint.endpoint(), SigningSecrets.seal(SEALER, current, Optional.of(previous)),
                Optional.of(START.plusSeconds(60)), 0, new Lease("relay#2", clock.instant().plusSeconds(120)),
                endpoint.events()));
        relay.runOnce();
        assertThat(lastSecrets).containsExactly(current);
    }

    @Test
    void aMaskingEndpointIsPostedRecipientsMasked() {
        ClaimedEndpoint claimed = claimed(0, Optional.empty(), EventType.DELIVERY_SENT);
        EventEndpoint endpoint = claimed.endpoint();
        Event sent = claimed.events().get(0).event();
        Event toAnn = new Event(sent.id(), sent.type(), ACME, sent.messageId(), sent.delivery(), START, sent.channel(),
                Optional.of("ann@example.com"), 1, Optional.empty(), Optional.empty(), Optional.empty());
        List<String> recipients = new ArrayList<>();
        answer = event -> {
            recipients.add(event.event().recipient().orElseThrow());
            return new EventPoster.PostResult(true, 204, 1, "");
        };
        outbox.waiting(new ClaimedEndpoint(new EventEndpoint(endpoint.id(), ACME, endpoint.url(), Set.of(), "", true,
                Optional.empty(), Optional.empty(), endpoint.createdAt()), claimed.secrets(), Optional.empty(), 0, claimed.lease(),
                List.of(new QueuedEvent(1, toAnn, Optional.of("admin"), Optional.empty()))));

        relay.runOnce();

        assertThat(recipients).containsExactly("a***@example.com");
    }

    @Test
    void postsNothingOnceHalfTheLeaseIsGone() {
        ClaimedEndpoint endpoint = claimed(0, Optional.empty(), EventType.DELIVERY_SENT);
        outbox.waiting(new ClaimedEndpoint(endpoint.endpoint(), endpoint.secrets(), Optional.empty(), 0,
                new Lease("relay#1", START.plusSeconds(59)), endpoint.events()));

        relay.runOnce();

        assertThat(posted).isEmpty();
        assertThat(outbox.recorded.get(0).posted()).isEmpty();
    }

    private static ClaimedEndpoint claimed(int failures, Optional<Instant> failingSince, EventType... types) {
        EventEndpoint endpoint = new EventEndpoint(UUID.randomUUID(), ACME, URI.create("https://hooks.example.com/"), Set.of(),
                "", false, Optional.empty(), failures == 0 ? Optional.empty() : failingSince, START.minusSeconds(3600));
        List<QueuedEvent> events = new ArrayList<>();
        for (int i = 0; i < types.length; i++) {
            Event event = new Event(UUID.randomUUID(), types[i], ACME, MessageId.generate(), Optional.empty(), START,
                    Optional.empty(), Optional.empty(), 0, Optional.empty(), Optional.empty(), Optional.empty());
            events.add(new QueuedEvent(i + 1, event, Optional.of("admin"), Optional.empty()));
        }
        return new ClaimedEndpoint(endpoint, SigningSecrets.seal(SEALER, SigningSecrets.generate(), Optional.empty()),
                Optional.empty(), failures, new Lease("relay#1", START.plus(Duration.ofMinutes(2))), events);
    }

    /** Hands out one claimed endpoint, once, and keeps what is recorded. */
    private static class OneEndpointOutbox implements EventOutbox {

        private volatile ClaimedEndpoint next;
        private final List<RoundOutcome> recorded = new ArrayList<>();

        void waiting(ClaimedEndpoint endpoint) {
            next = endpoint;
        }

        @Override
        public List<ClaimedEndpoint> claim(Lease lease, Instant now, int endpoints, int eventsPerEndpoint) {
            List<ClaimedEndpoint> claimed = next == null ? List.of() : List.of(next);
            next = null;
            return claimed;
        }

        @Override
        public boolean record(RoundOutcome outcome) {
            recorded.add(outcome);
            return true;
        }

        @Override
        public List<EventAttempt> attempts(TenantId tenantId, UUID endpointId, PageRequest page) {
            return List.of();
        }

        @Override
        public EventBacklog backlog() {
            return new EventBacklog(0, 0, 0);
        }

        @Override
        public long waiting(TenantId tenantId, UUID endpointId) {
            return 0;
        }

        @Override
        public int replay(TenantId tenantId, UUID endpointId, EventSelection selection) {
            return 0;
        }
    }
}
