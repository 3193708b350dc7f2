package switchboard.application.dispatch;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import switchboard.application.dispatch.port.ClaimedDelivery;
import switchboard.application.dispatch.port.DeliveryQueue;
import switchboard.application.dispatch.port.Lease;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.delivery.DeliveryId;

/**
 * Drains the outbox. One claimer thread claims due deliveries, the sending threads make the
 * attempts. The worker holds at most twice as many claimed deliveries as it has sending threads:
 * one being sent per thread and one waiting its turn, so that a thread that finishes finds its
 * next delivery at once instead of waiting for a claim, and a claim takes several deliveries in
 * one transaction. What waits, waits for a send or two, far within its lease. Callers that wait
 * for an outcome hand their deliveries, already claimed, to a separate express pool so that a
 * backlog never delays them.
 */
public final class DispatchWorker implements Dispatcher, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(DispatchWorker.class.getName());
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(30);
    private static final Duration CLAIM_LINGER = Duration.ofMillis(5);

    private final DeliveryQueue queue;
    private final DeliveryAttempts attempts;
    private final DispatchSettings settings;
    private final Clock clock;
    /** Room for more claimed deliveries. */
    private final Semaphore room;
    private final Semaphore wakeUps = new Semaphore(0);
    private final ExecutorService senders;
    private final ThreadPoolExecutor express;
    private final Thread claimer;
    private final AtomicLong claims = new AtomicLong();
    private volatile boolean running;

    public DispatchWorker(DeliveryQueue queue, DeliveryAttempts attempts, DispatchSettings settings, Clock clock) {
        this.queue = Objects.requireNonNull(queue, "queue");
        this.attempts = Objects.requireNonNull(attempts, "attempts");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.room = new Semaphore(2 * settings.concurrency());
        this.senders = Executors.newFixedThreadPool(settings.concurrency(), threads("dispatch-"));
        // Past its size the express pool runs a send on the caller's thread rather than leave it claimed and idle.
        this.express = new ThreadPoolExecutor(0, settings.expressConcurrency(), 60, TimeUnit.SECONDS,
                new SynchronousQueue<>(), threads("dispatch-express-"), new ThreadPoolExecutor.CallerRunsPolicy());
        this.claimer = threads("dispatch-claimer").newThread(this::claimLoop);
    }

    public synchronized void start() {
        if (!running) {
            running = true;
            claimer.start();
        }
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
                    CompletableFuture.supplyAsync(() -> attempts.attempt(delivery), express));
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
                int wanted = 1 + room.drainPermits();
                List<ClaimedDelivery> claimed = claim(wanted);
                room.release(wanted - claimed.size());
                for (ClaimedDelivery delivery : claimed) {
                    senders.execute(() -> {
                        try {
                            attempts.attempt(delivery);
                        } finally {
                            room.release();
                        }
                    });
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

    private List<ClaimedDelivery> claim(int wanted) {
        try {
            return queue.claimDue(newLease(), clock.instant(), wanted);
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "claiming due deliveries failed; trying again at the next poll", e);
            return List.of();
        }
    }

    /** Stops claiming and waits a while for the attempts under way, whose outcomes are then recorded. */
    @Override
    public void close() {
        running = false;
        claimer.interrupt();
        senders.shutdown();
        express.shutdown();
        try {
            if (!senders.awaitTermination(SHUTDOWN_GRACE.toMillis(), TimeUnit.MILLISECONDS)
                    || !express.awaitTermination(SHUTDOWN_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.log(Level.WARNING, "deliveries still sending at shutdown will be retried when their lease runs out");
            }
            claimer.join(SHUTDOWN_GRACE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory threads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix.endsWith("-") ? prefix + count.incrementAndGet() : prefix);
            thread.setDaemon(true);
            return thread;
        };
    }
}
