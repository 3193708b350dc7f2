package switchboard.application.dispatch;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import switchboard.application.dispatch.port.AttemptOutcome;
import switchboard.application.dispatch.port.ClaimedDelivery;
import switchboard.application.dispatch.port.DeliveryQueue;
import switchboard.application.dispatch.port.Lease;
import switchboard.application.shared.DaemonThreads;
import switchboard.application.telemetry.port.DeliveryLog;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.delivery.DeliveryId;

/**
 * Drains the outbox. One claimer thread claims due deliveries, the sending threads make the
 * attempts, and one writer records their outcomes in batches ({@link OutcomeRecorder}). The worker
 * holds at most {@value #CLAIMED_PER_THREAD} claimed deliveries per sending thread: the one being
 * sent, those waiting their turn, so that a thread that finishes finds its next delivery at once
 * instead of waiting for a claim, and those whose outcome waits for its batch to be written, so
 * that a thread never waits for a commit. A claim takes all the room there is in one
 * transaction. Claimed deliveries wait for a thread in {@link ChannelLanes}, one lane per
 * channel, so that a backlog for a slow provider never queues another provider's sends behind it
 * (claims already interleave the tenants). Callers that wait for an outcome hand their deliveries,
 * already claimed, to a separate express pool so that a backlog never delays them.
 *
 * <p>A send starts only while at least half of its lease remains: the other half is left for the
 * send itself, recording its outcome, and any disagreement between the clocks of the processes
 * sharing the database, each of which judges leases by its own. A delivery whose lease is too far
 * gone (after the database stalled, say) is left alone: it is claimed again once its lease has run
 * out, by this worker or another, rather than sent while another worker may be taking it over.
 *
 * <p>A worker stops in two steps. {@link #stopClaiming()} claims no more and hands back at once the
 * deliveries it claimed and has not started, so that any worker may claim them without waiting for
 * their lease; {@link #finish(Duration)} then waits a while for the sends under way and records their
 * outcomes. A send that outlives the wait is left to its lease, as after a crash.
 */
public final class DispatchWorker implements Dispatcher, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(DispatchWorker.class.getName());
    private static final Duration CLAIM_LINGER = Duration.ofMillis(5);
    /** Claimed and not yet recorded deliveries per sending thread, at most. */
    public static final int CLAIMED_PER_THREAD = 4;

    private final DeliveryQueue queue;
    private final DeliveryAttempts attempts;
    private final OutcomeRecorder recorder;
    private final DeliveryLog deliveryLog;
    private final DispatchSettings settings;
    private final Clock clock;
    /** Room for more claimed deliveries. */
    private final Semaphore room;
    private final Semaphore wakeUps = new Semaphore(0);
    private final ChannelLanes lanes = new ChannelLanes();
    private final ExecutorService senders;
    private final ThreadPoolExecutor express;
    private final Thread claimer;
    private final AtomicLong claims = new AtomicLong();
    /** Provider calls under way, of either pool. */
    private final AtomicInteger sending = new AtomicInteger();
    private volatile boolean running;

    public DispatchWorker(DeliveryQueue queue, DeliveryAttempts attempts, DispatchSettings settings, DeliveryLog log,
                          Clock clock) {
        this.queue = Objects.requireNonNull(queue, "queue");
        this.attempts = Objects.requireNonNull(attempts, "attempts");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.deliveryLog = Objects.requireNonNull(log, "log");
        this.recorder = new OutcomeRecorder(queue, log, clock, "dispatch-recorder");
        this.room = new Semaphore(CLAIMED_PER_THREAD * settings.concurrency());
        this.senders = Executors.newFixedThreadPool(settings.concurrency(), DaemonThreads.named("dispatch-"));
        // Past its size the express pool runs a send on the caller's thread rather than leave it claimed and idle.
        this.express = new ThreadPoolExecutor(0, settings.expressConcurrency(), 60, TimeUnit.SECONDS,
                new SynchronousQueue<>(), DaemonThreads.named("dispatch-express-"), new ThreadPoolExecutor.CallerRunsPolicy());
        this.claimer = DaemonThreads.named("dispatch-claimer").newThread(this::claimLoop);
    }

    public synchronized void start() {
        if (!running) {
            running = true;
            claimer.start();
        }
    }

    /** Whether this worker claims deliveries: started, not closed, and its claimer thread alive. */
    public boolean isRunning() {
        return running && claimer.isAlive();
    }

    /** Tells the claimer that new work may be due, so it looks now rather than at its next poll. */
    @Override
    public void wakeUp() {
        if (wakeUps.availablePermits() == 0) {
            wakeUps.release();
        }
    }

    /** A lease for deliveries this worker claims now. */
    @Override
    public Lease newLease() {
        return new Lease(settings.workerId() + "#" + claims.incrementAndGet(), clock.instant().plus(settings.lease()));
    }

    /** Sends the deliveries on the express pool, so that no backlog of claimed deliveries delays them. */
    @Override
    public Map<DeliveryId, Delivery> deliverNow(List<ClaimedDelivery> claimed, Duration budget) {
        Map<DeliveryId, CompletableFuture<Delivery>> running = new LinkedHashMap<>();
        for (ClaimedDelivery delivery : claimed) {
            running.put(delivery.delivery().id(),
                    CompletableFuture.supplyAsync(() -> attempt(delivery), express).thenCompose(recorded -> recorded));
        }
        try {
            CompletableFuture.allOf(running.values().toArray(CompletableFuture[]::new))
                    .get(budget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException stillRunning) {
            // The answer reports them as still sending; their outcome is recorded when they finish.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("an express delivery failed unexpectedly", e.getCause());
        }
        Map<DeliveryId, Delivery> latest = new LinkedHashMap<>();
        for (ClaimedDelivery delivery : claimed) {
            CompletableFuture<Delivery> attempt = running.get(delivery.delivery().id());
            latest.put(delivery.delivery().id(), attempt.isDone() ? attempt.join() : delivery.delivery());
        }
        return latest;
    }

    private void claimLoop() {
        while (running) {
            try {
                room.acquire();
                if (!running) {
                    return;
                }
                int wanted = 1 + room.drainPermits();
                List<ClaimedDelivery> claimed = claim(wanted);
                room.release(wanted - claimed.size());
                for (ClaimedDelivery delivery : claimed) {
                    lanes.add(delivery);
                    senders.execute(this::attemptNextInLane);
                }
                if (claimed.size() < wanted) {
                    if (wakeUps.tryAcquire(settings.idlePoll().toMillis(), TimeUnit.MILLISECONDS)) {
                        // Under load work arrives a message at a time: a moment's wait lets one claim take several.
                        Thread.sleep(CLAIM_LINGER.toMillis());
                    }
                    wakeUps.drainPermits();
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Runs once for each delivery added to the lanes, so that every one is taken. */
    private void attemptNextInLane() {
        ClaimedDelivery delivery = lanes.take();
        if (delivery == null) {
            return; // handed back as the worker stopped
        }
        try {
            attempt(delivery).whenComplete((recorded, error) -> room.release());
        } finally {
            lanes.done(delivery);
        }
    }

    /**
     * Makes the attempt if the delivery's lease leaves time for it, and hands the outcome to the
     * recorder.
     *
     * @return the delivery in its latest state, once that is recorded (or the delivery is left to its lease)
     */
    private CompletableFuture<Delivery> attempt(ClaimedDelivery claimed) {
        Lease lease = claimed.lease();
        if (clock.instant().isAfter(lease.until().minus(settings.lease().dividedBy(2)))) {
            LOG.log(Level.WARNING, "delivery {0} was not sent: less than half of its lease remained; it is sent again "
                    + "once its lease has run out", claimed.delivery().id());
            return CompletableFuture.completedFuture(claimed.delivery());
        }
        sending.incrementAndGet();
        try {
            AttemptOutcome outcome = attempts.attempt(claimed);
            return recorder.record(outcome).thenApply(recorded -> outcome.delivery());
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "the attempt at delivery " + claimed.delivery().id() + " failed; it is sent again once "
                    + "its lease has run out", e);
            return CompletableFuture.completedFuture(claimed.delivery());
        } finally {
            sending.decrementAndGet();
        }
    }

    private List<ClaimedDelivery> claim(int wanted) {
        try {
            return queue.claimDue(newLease(), clock.instant(), wanted);
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "claiming due deliveries failed; trying again at the next poll", e);
            return List.of();
        }
    }

    /**
     * Claims no more, and hands back the deliveries claimed and not started: each is queued again at
     * once, due as it was, without counting its claim as an attempt, unless another worker took it
     * over meanwhile. If the database refuses that, they are claimed again once their lease has run out.
     *
     * @return how many deliveries were handed back
     */
    public int stopClaiming() {
        running = false;
        room.release();
        wakeUp();
        try {
            claimer.join(settings.lease().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<ClaimedDelivery> waiting = lanes.takeAllWaiting();
        if (waiting.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        List<AttemptOutcome> handedBack = waiting.stream().map(claimed ->
                new AttemptOutcome(claimed.delivery().handBack(now), claimed.lease(), claimed.traceContext())).toList();
        try {
            Set<DeliveryId> takenOver = queue.recordAll(handedBack);
            handedBack.stream().filter(outcome -> !takenOver.contains(outcome.delivery().id()))
                    .forEach(outcome -> deliveryLog.changed(outcome.delivery(), outcome.traceContext()));
            return waiting.size() - takenOver.size();
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "handing back " + waiting.size() + " claimed deliveries failed; they are claimed again "
                    + "once their lease has run out", e);
            return 0;
        }
    }

    /**
     * Starts no more sends and waits up to {@code patience} for those under way, then records their
     * outcomes. Call {@link #stopClaiming()} first.
     *
     * @return how many sends were still under way when the patience ran out: their leases run out and they
     *         are sent again, by this process restarted or another
     */
    public int finish(Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        senders.shutdown();
        express.shutdown();
        try {
            senders.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            express.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        int outlived = sending.get();
        if (outlived > 0) {
            LOG.log(Level.WARNING, "{0} sends were still under way after {1}: they are sent again once their lease has "
                    + "run out", outlived, patience);
        }
        recorder.close();
        return outlived;
    }

    /** Stops as {@link #stopClaiming()} and {@link #finish(Duration)} do, waiting the settings' shutdown grace. */
    @Override
    public void close() {
        stopClaiming();
        finish(settings.shutdownGrace());
    }
}
