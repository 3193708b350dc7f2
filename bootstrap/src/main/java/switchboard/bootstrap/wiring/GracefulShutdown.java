package switchboard.bootstrap.wiring;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.ShutdownEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

import switchboard.adapter.in.guard.RequestGate;
import switchboard.application.dispatch.DispatchWorker;

/**
 * The gateway's stop on SIGTERM (Micronaut's shutdown hook stops the context, which publishes the
 * {@link ShutdownEvent} while the server still listens; README, "Shutdown"). In this order, so that
 * nothing accepted is lost and nothing is sent twice:
 * <ol>
 * <li>readiness goes down and the APIs refuse new requests with their 503;</li>
 * <li>the dispatch worker claims no more and hands back the deliveries it claimed and has not
 *     started, for any process to claim at once;</li>
 * <li>the requests under way finish: their sends are stored, the Admin sends' deliveries start;</li>
 * <li>the sends under way finish and their outcomes are recorded,</li>
 * </ol>
 * all within the grace ({@code switchboard.shutdown.grace}). Then the context closes its beans: the
 * send writer stores whatever it still holds, and the connection pool closes last.
 */
@Singleton
class GracefulShutdown implements ApplicationEventListener<ShutdownEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(GracefulShutdown.class);

    private final RequestGate gate;
    private final DispatchWorker worker;
    private final Duration grace;

    GracefulShutdown(RequestGate gate, DispatchWorker worker, @Value("${switchboard.shutdown.grace}") Duration grace) {
        this.gate = gate;
        this.worker = worker;
        this.grace = grace;
    }

    @Override
    public void onApplicationEvent(ShutdownEvent event) {
        long start = System.nanoTime();
        gate.close();
        int handedBack = worker.stopClaiming();
        LOG.info("Shutting down: readiness is down, the APIs answer 503, {} claimed deliveries were handed back; "
                + "waiting up to {} ms for the requests and sends under way", handedBack, grace.toMillis());
        int requests = gate.awaitIdle(grace);
        int sends = worker.finish(grace.minusNanos(System.nanoTime() - start));
        long took = Duration.ofNanos(System.nanoTime() - start).toMillis();
        if (requests + sends > 0) {
            LOG.warn("Shut down in {} ms: {} requests and {} sends were still under way", took, requests, sends);
        } else {
            LOG.info("Shut down in {} ms: no request or send was still under way", took);
        }
    }
}
