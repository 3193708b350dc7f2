package switchboard.application.dispatch;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import switchboard.application.dispatch.port.AttemptOutcome;
import switchboard.application.dispatch.port.DeliveryQueue;
import switchboard.application.telemetry.port.DeliveryLog;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.delivery.DeliveryId;

/**
 * Records the outcomes of attempts in batches. The sending threads hand over each outcome and go
 * on to their next delivery; one writer thread stores whatever has gathered meanwhile in one
 * transaction, so that the sends of one process share their commits instead of paying one each.
 * There is no waiting to fill a batch: a batch is what arrived while the previous one was being
 * written. Each row is written only if its delivery is still held under the lease it was sent
 * under. A write that fails is tried again, with the outcomes that arrived since, until it
 * succeeds or the outcomes' leases have run out; a delivery whose outcome is given up on is
 * claimed again once its lease has run out, and sent again, as after a crash. The outcomes a batch
 * stored go to the delivery log once it has committed, off the sending threads.
 */
final class OutcomeRecorder implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(OutcomeRecorder.class.getName());
    /** Outcomes in one transaction, at most: keeps a transaction short when many have gathered. */
    private static final int MAX_BATCH = 500;
    private static final Duration FIRST_RETRY = Duration.ofMillis(50);
    private static final Duration LAST_RETRY = Duration.ofSeconds(2);
    private static final Duration IDLE_WAKE = Duration.ofMillis(100);

    private final DeliveryQueue queue;
    private final DeliveryLog log;
    private final Clock clock;
    private final BlockingQueue<Pending> pending = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean running = true;

    OutcomeRecorder(DeliveryQueue queue, DeliveryLog log, Clock clock, String threadName) {
        this.queue = Objects.requireNonNull(queue, "queue");
        this.log = Objects.requireNonNull(log, "log");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.writer = new Thread(this::writeLoop, threadName);
        writer.setDaemon(true);
        writer.start();
    }

    /** Queues the outcome for the next batch; the future completes once it is written, refused or given up on. */
    CompletableFuture<Void> record(AttemptOutcome outcome) {
        Pending entry = new Pending(outcome, new CompletableFuture<>());
        pending.add(entry);
        return entry.done();
    }

    private void writeLoop() {
        List<Pending> batch = new ArrayList<>();
        Duration retry = FIRST_RETRY;
        while (running || !pending.isEmpty() || !batch.isEmpty()) {
            try {
                if (batch.isEmpty()) {
                    Pending first = pending.poll(IDLE_WAKE.toMillis(), TimeUnit.MILLISECONDS);
                    if (first == null) {
                        continue;
                    }
                    batch.add(first);
                }
                pending.drainTo(batch, MAX_BATCH - batch.size());
                if (write(batch)) {
                    batch.clear();
                    retry = FIRST_RETRY;
                } else {
                    TimeUnit.MILLISECONDS.sleep(retry.toMillis());
                    retry = retry.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : retry.multipliedBy(2);
                }
            } catch (InterruptedException e) {
                running = false;
                giveUp(batch);
                giveUp(drained());
                return;
            }
        }
    }

    /** Writes the batch; false if the write failed, leaving in the batch the outcomes worth trying again. */
    private boolean write(List<Pending> batch) {
        try {
            Set<DeliveryId> refused = queue.recordAll(batch.stream().map(Pending::outcome).toList());
            List<AttemptOutcome> recorded = new ArrayList<>(batch.size());
            for (Pending entry : batch) {
                Delivery delivery = entry.outcome().delivery();
                if (refused.contains(delivery.id())) {
                    LOG.log(Level.WARNING, "delivery {0} was taken over by another worker after its lease ran out; "
                            + "its outcome {1} was not recorded", delivery.id(), delivery.status());
                } else {
                    recorded.add(entry.outcome());
                }
                entry.done().complete(null);
            }
            recorded.forEach(outcome -> log.changed(outcome.delivery(), outcome.traceContext()));
            return true;
        } catch (RuntimeException e) {
            List<Pending> expired = running ? batch.stream()
                    .filter(entry -> !entry.outcome().lease().until().isAfter(clock.instant())).toList() : List.copyOf(batch);
            LOG.log(Level.ERROR, "recording " + batch.size() + " outcomes failed; " + expired.size()
                    + " of them are given up, their deliveries to be sent again once their lease has run out", e);
            batch.removeAll(expired);
            giveUp(expired);
            return false;
        }
    }

    private List<Pending> drained() {
        List<Pending> rest = new ArrayList<>();
        pending.drainTo(rest);
        return rest;
    }

    private static void giveUp(List<Pending> entries) {
        entries.forEach(entry -> entry.done().complete(null));
    }

    /** Writes what is pending, unless the database refuses it, and stops. */
    @Override
    public void close() {
        running = false;
        try {
            writer.join(Duration.ofSeconds(30).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Pending(AttemptOutcome outcome, CompletableFuture<Void> done) {
    }
}
