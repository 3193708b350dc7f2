package switchboard.adapter.out.provider.email;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Open SMTP connections, kept between emails: connecting, greeting and authenticating for
 * every email would cost several round trips each time.
 * <p>
 * At most {@code size} transports exist at once (further borrowers wait for one to come back, for
 * a bounded time),
 * and a borrowed one belongs to its borrower until it is given back, since a {@link Transport}
 * handles one conversation at a time. A transport that has idled longer than
 * {@link #TRUSTED_IDLE}, or whose last email was refused, is checked when it is borrowed
 * ({@link Transport#isConnected()} asks the server, a round trip that also resets the conversation)
 * and connected again if the server has closed it meanwhile; one given back more recently is lent as it is, since servers keep an idle connection for minutes (RFC 5321
 * 4.5.3.2.7), and a borrower whose unchecked transport turns out closed borrows a checked one
 * ({@link #borrowChecked()}). The most recently returned transport is lent first, so under light
 * load the spare connections idle out on the server instead of all being kept half-used.
 */
final class TransportPool implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(TransportPool.class.getName());

    private final Session session;
    private final int size;
    private final Semaphore permits;
    private final Duration longestWait;
    /** How long a transport may idle and still be lent without asking the server whether it is there. */
    static final Duration TRUSTED_IDLE = Duration.ofSeconds(5);

    private final Deque<Idle> idle = new ArrayDeque<>();
    private boolean closed;

    /** @param longestWait how long a borrower waits for a transport to come back before it gives up */
    TransportPool(Session session, int size, Duration longestWait) {
        if (size < 1) {
            throw new IllegalArgumentException("an SMTP connection pool needs at least one connection, not " + size);
        }
        this.session = session;
        this.size = size;
        this.permits = new Semaphore(size, true);
        this.longestWait = longestWait;
    }

    /**
     * A transport, for the caller alone until it {@link #release}s or {@link #discard}s it:
     * connected, or given back so recently that it is taken to be ({@link Lent#unchecked()}).
     */
    Lent borrow() throws MessagingException, InterruptedException, TimeoutException {
        return borrow(TRUSTED_IDLE);
    }

    /** A transport known to be connected: checked with the server, or connected anew. */
    Lent borrowChecked() throws MessagingException, InterruptedException, TimeoutException {
        return borrow(Duration.ZERO);
    }

    /**
     * @throws TimeoutException if every transport stayed lent out for the longest wait: the caller's
     *                          lease, checked before it borrowed, must still hold when it sends
     */
    private Lent borrow(Duration trustedIdle) throws MessagingException, InterruptedException, TimeoutException {
        if (!permits.tryAcquire(longestWait.toNanos(), TimeUnit.NANOSECONDS)) {
            throw new TimeoutException("none of the " + size + " SMTP connections came free within " + longestWait.toMillis()
                    + " ms (switchboard.email.smtp.connection-wait)");
        }
        try {
            Idle spare = takeIdle();
            if (spare != null && spare.since().plus(trustedIdle).isAfter(Instant.now())) {
                return new Lent(spare.transport(), true);
            }
            Transport transport = spare == null ? session.getTransport() : spare.transport();
            if (!transport.isConnected()) {
                transport.connect();
            }
            return new Lent(transport, false);
        } catch (MessagingException | RuntimeException e) {
            permits.release();
            throw e;
        }
    }

    /**
     * Gives back a transport that can carry the next email; one whose last email the server
     * refused ({@code clean} false) is checked before it is lent again, which resets it.
     */
    void release(Transport transport, boolean clean) {
        boolean kept;
        synchronized (this) {
            kept = !closed;
            if (kept) {
                idle.push(new Idle(transport, clean ? Instant.now() : Instant.MIN));
            }
        }
        if (!kept) {
            closeQuietly(transport);
        }
        permits.release();
    }

    /** Gives back a transport whose connection can no longer be trusted; it is closed. */
    void discard(Transport transport) {
        closeQuietly(transport);
        permits.release();
    }

    /** Closes the idle transports; those still lent out are closed when they come back. */
    @Override
    public void close() {
        List<Idle> open;
        synchronized (this) {
            closed = true;
            open = List.copyOf(idle);
            idle.clear();
        }
        open.forEach(spare -> closeQuietly(spare.transport()));
    }

    private synchronized Idle takeIdle() {
        return idle.poll();
    }

    private static void closeQuietly(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException e) {
            LOG.log(Level.DEBUG, "closing an SMTP connection failed: {0}", e.getMessage());
        }
    }

    /** A borrowed transport; {@code unchecked} when it was lent without asking the server whether it is still connected. */
    record Lent(Transport transport, boolean unchecked) {
    }

    private record Idle(Transport transport, Instant since) {
    }
}
