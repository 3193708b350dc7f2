package switchboard.adapter.in.guard;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import switchboard.application.guard.GuardRefusal;

/**
 * Lets requests in until the gateway starts shutting down ({@link #close()}), and counts those under
 * way so that the shutdown can wait for them ({@link #awaitIdle(Duration)}). Once closed, a request
 * to any route of an API ({@link GuardedApi#routes()}) is refused in that API's shape, 503 with
 * {@code Retry-After}, before it is authenticated or touches the database; the other requests
 * (health probes, the API description, providers' callbacks) are still served.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class RequestGate implements Ordered {

    private static final String ADMITTED = RequestGate.class.getName() + ".admitted";

    private final GuardedApis apis;
    private boolean closed;
    private int underWay;

    RequestGate(List<GuardedApi> apis) {
        this.apis = new GuardedApis(apis);
    }

    /** After the metrics and traces see the request, before any authentication. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }

    @RequestFilter
    @Nullable
    public MutableHttpResponse<?> admit(HttpRequest<?> request) {
        Optional<GuardedApi> api = apis.routing(request.getPath());
        synchronized (this) {
            if (!closed || api.isEmpty()) {
                underWay++;
                request.setAttribute(ADMITTED, Boolean.TRUE);
                return null;
            }
        }
        return RequestGuardFilter.refuse(api.get(), request, new GuardRefusal.ShuttingDown());
    }

    @ResponseFilter
    public void done(HttpRequest<?> request) {
        if (request.removeAttribute(ADMITTED, Boolean.class).isPresent()) {
            synchronized (this) {
                underWay--;
                notifyAll();
            }
        }
    }

    /** From now on, the APIs' requests are refused. */
    public synchronized void close() {
        closed = true;
    }

    public synchronized boolean isClosed() {
        return closed;
    }

    /**
     * Waits until no request let in is still under way, or the patience has run out.
     *
     * @return how many requests are still under way: 0 if all finished in time
     */
    public synchronized int awaitIdle(Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        try {
            for (long left = patience.toNanos(); underWay > 0 && left > 0; left = deadline - System.nanoTime()) {
                wait(Math.max(1, left / 1_000_000));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return underWay;
    }
}
