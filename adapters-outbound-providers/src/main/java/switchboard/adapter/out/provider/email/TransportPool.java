package switchboard.adapter.out.provider.email;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;

import java.lang.System.Logger.Level;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Semaphore;

/**
 * Open SMTP connections, kept between emails: connecting, greeting and authenticating for
 * every email would cost several round trips each time.
 * <p>
 * At most {@code size} transports exist at once (further borrowers wait for one to come back),
 * and a borrowed one belongs to its borrower until it is given back, since a {@link Transport}
 * handles one conversation at a time. A
 * transport is checked when it is borrowed ({@link Transport#isConnected()} asks the server)
 * and connected again if the server has closed it meanwhile. The most recently returned
 * transport is lent first, so under light load the spare connections idle out on the server
 * instead of all being kept half-used.
 */
final class TransportPool implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(TransportPool.class.getName());

    private final Session session;
    private final Semaphore permits;
    private final Deque<Transport> idle = new ArrayDeque<>();
    private boolean closed;

    TransportPool(Session session, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("an SMTP connection pool needs at least one connection, not " + size);
        }
        this.session = session;
        this.permits = new Semaphore(size, true);
    }

    /** A connected transport, for the caller alone until it {@link #release}s or {@link #discard}s it. */
    Transport borrow() throws MessagingException, InterruptedException {
        permits.acquire();
        try {
            Transport transport = takeIdle();
            if (transport == null) {
                transport = session.getTransport();
            }
            if (!transport.isConnected()) {
                transport.connect();
            }
            return transport;
        } catch (MessagingException | RuntimeException e) {
            permits.release();
            throw e;
        }
    }

    /** Gives back a transport that can carry the next email. */
    void release(Transport transport) {
        boolean kept;
        synchronized (this) {
            kept = !closed;
            if (kept) {
                idle.push(transport);
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
        Deque<Transport> open;
        synchronized (this) {
            closed = true;
            open = new ArrayDeque<>(idle);
            idle.clear();
        }
        open.forEach(TransportPool::closeQuietly);
    }

    private synchronized Transport takeIdle() {
        return idle.poll();
    }

    private static void closeQuietly(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException e) {
            LOG.log(Level.DEBUG, "closing an SMTP connection failed: {0}", e.getMessage());
        }
    }
}
