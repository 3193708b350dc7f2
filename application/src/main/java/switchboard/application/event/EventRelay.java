package switchboard.application.event;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import switchboard.application.dispatch.port.Lease;
import switchboard.application.event.port.ClaimedEndpoint;
import switchboard.application.event.port.EventMeter;
import switchboard.application.event.port.EventOutbox;
import switchboard.application.event.port.EventPoster;
import switchboard.application.event.port.QueuedEvent;
import switchboard.application.event.port.RoundOutcome;
import switchboard.application.provider.port.SecretSealer;
import switchboard.application.shared.DaemonThreads;

/**
 * Posts the events waiting for the tenants' endpoints. A claimer thread claims endpoints with
 * events waiting, as many as there are idle posting threads; each posting thread posts one
 * endpoint's events in their order, one after another, and stops at the first the endpoint does
 * not take, so that an endpoint never receives an event before one stored ahead of it. The
 * endpoint is then retried after a wait that doubles with each failure in a row, and paused once
 * it has failed for {@link EventRelaySettings#pauseAfter()}. Events are posted at least once: a
 * relay that dies after a post and before recording it leaves the event to be posted again.
 */
public final class EventRelay implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(EventRelay.class.getName());

    private final EventOutbox outbox;
    private final EventPoster poster;
    private final EventMeter meter;
    private final SecretSealer sealer;
    private final EventRelaySettings settings;
    private final Clock clock;
    private final Semaphore idle;
    /** Released when a round ends, so that the claimer looks again at once rather than at its next poll. */
    private final Semaphore roundsEnded = new Semaphore(0);
    private final ExecutorService posters;
    private final Thread claimer;
    private final AtomicLong claims = new AtomicLong();
    private volatile boolean running;

    public EventRelay(EventOutbox outbox, EventPoster poster, SecretSealer sealer, EventRelaySettings settings, EventMeter meter,
                      Clock clock) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.poster = Objects.requireNonNull(poster, "poster");
        this.meter = Objects.requireNonNull(meter, "meter");
        this.sealer = Objects.requireNonNull(sealer, "sealer");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.idle = new Semaphore(settings.concurrency());
        this.posters = Executors.newFixedThreadPool(settings.concurrency(), DaemonThreads.named("event-post-"));
        this.claimer = DaemonThreads.named("event-claimer").newThread(this::claimUntilClosed);
    }

    public synchronized void start() {
        if (!running) {
            running = true;
            claimer.start();
        }
    }

    /** Claims once and posts the rounds claimed, waiting for them; how many endpoints it claimed. For tests. */
    public int runOnce() {
        List<ClaimedEndpoint> claimed = claim(settings.concurrency());
        claimed.forEach(this::post);
        return claimed.size();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        claimer.interrupt();
        claimer.join(settings.idlePoll().toMillis() + 1000);
        posters.shutdown();
        // A round cut short leaves its events waiting under its lease; another relay takes them once it runs out.
        posters.awaitTermination(5, TimeUnit.SECONDS);
        posters.shutdownNow();
    }

    private void claimUntilClosed() {
        while (running) {
            try {
                idle.acquire();
                int free = 1 + idle.drainPermits();
                List<ClaimedEndpoint> claimed = List.of();
                try {
                    claimed = claim(free);
                } finally {
                    // What was not claimed, all of it when the claim failed, is room for the next claim.
                    idle.release(free - claimed.size());
                }
                for (ClaimedEndpoint endpoint : claimed) {
                    posters.execute(() -> {
                        try {
                            post(endpoint);
                        } finally {
                            idle.release();
                            roundsEnded.release();
                        }
                    });
                }
                if (claimed.isEmpty()) {
                    roundsEnded.tryAcquire(settings.idlePoll().toMillis(), TimeUnit.MILLISECONDS);
                    roundsEnded.drainPermits();
                }
            } catch (InterruptedException stopping) {
                return;
            } catch (RuntimeException failure) {
                // The database may be away for a while: try again at the next poll.
                LOG.log(System.Logger.Level.WARNING, "claiming events to post failed: " + failure.getMessage());
                sleepQuietly(settings.idlePoll());
            }
        }
    }

    private List<ClaimedEndpoint> claim(int endpoints) {
        Lease lease = new Lease(settings.workerId() + "#events#" + claims.incrementAndGet(),
                clock.instant().plus(settings.lease()));
        return outbox.claim(lease, clock.instant(), endpoints, settings.eventsPerRound());
    }

    private void post(ClaimedEndpoint claimed) {
        try {
            RoundOutcome outcome = round(claimed);
            if (!outbox.record(outcome)) {
                LOG.log(System.Logger.Level.WARNING, "the lease on event endpoint " + claimed.endpoint().id()
                        + " ran out during its round; another relay took it over");
            }
        } catch (RuntimeException failure) {
            // Left under its lease: the endpoint's events are taken up again once it runs out.
            LOG.log(System.Logger.Level.WARNING, "posting to event endpoint " + claimed.endpoint().id() + " failed: "
                    + failure.getMessage());
        }
    }

    /** Posts the claimed events in order until one is not taken or half the lease is gone. */
    RoundOutcome round(ClaimedEndpoint claimed) {
        Instant stopAt = claimed.lease().until().minus(settings.lease().dividedBy(2));
        List<String> secrets = SigningSecrets.signing(sealer, claimed.secrets(),
                claimed.previousSecretUntil().map(clock.instant()::isBefore).orElse(false));
        EventPoster.EndpointPoster toEndpoint = poster.to(claimed.endpoint().url(), secrets);
        List<QueuedEvent> posted = new ArrayList<>();
        List<EventAttempt> attempts = new ArrayList<>();
        boolean failed = false;
        for (QueuedEvent event : claimed.events()) {
            if (clock.instant().isAfter(stopAt)) {
                break;
            }
            EventPoster.PostResult result = toEndpoint.post(new QueuedEvent(event.position(), claimed.endpoint().shown(event.event()),
                    event.origin(), event.campaign()));
            meter.posted(claimed.endpoint().tenantId(), event.event().type(), result.delivered());
            attempts.add(new EventAttempt(claimed.endpoint().id(), event.event().id(), event.event().type(), clock.instant(),
                    result.delivered(), result.status() == 0 ? OptionalInt.empty() : OptionalInt.of(result.status()),
                    result.latencyMillis(), result.detail()));
            if (!result.delivered()) {
                failed = true;
                break;
            }
            posted.add(event);
        }
        Instant now = clock.instant();
        if (attempts.isEmpty()) {
            // Nothing was posted (the events read were purged, or the lease ran short): the endpoint stands as it was.
            return new RoundOutcome(claimed, posted, attempts, claimed.failures(), claimed.endpoint().failingSince(), now,
                    Optional.empty());
        }
        if (!failed) {
            return new RoundOutcome(claimed, posted, attempts, 0, Optional.empty(), now, Optional.empty());
        }
        // Posts taken before the failure end the run of failures before it: this one starts a new run.
        int failures = posted.isEmpty() ? claimed.failures() + 1 : 1;
        Instant failingSince = posted.isEmpty() ? claimed.endpoint().failingSince().orElse(now) : now;
        Optional<String> pause = Duration.between(failingSince, now).compareTo(settings.pauseAfter()) >= 0
                ? Optional.of("paused by the gateway: every post failed since " + failingSince + "; the last: "
                        + attempts.get(attempts.size() - 1).detail())
                : Optional.empty();
        return new RoundOutcome(claimed, posted, attempts, failures, Optional.of(failingSince),
                now.plus(settings.retryAfter(failures)), pause);
    }

    private static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
