import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A provider's stand-in on a loopback port, written on plain sockets so that it costs next to
 * nothing: each connection is served on a thread of its own, and what it takes is counted.
 * Threads are daemons: the gateway keeps its connections open, and their blocked reads must not
 * hold the benchmark's JVM up.
 */
abstract class LoopbackServer implements AutoCloseable {

    private final ServerSocket listener;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable);
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger received = new AtomicInteger();

    LoopbackServer(int port) throws IOException {
        this.listener = new ServerSocket(port, 100, InetAddress.getLoopbackAddress());
    }

    /** Serves one connection until the client leaves. */
    protected abstract void serve(Socket socket);

    /** The server, accepting connections from now on. */
    static <S extends LoopbackServer> S started(S server) {
        ((LoopbackServer) server).acceptInBackground();
        return server;
    }

    private void acceptInBackground() {
        threads.execute(() -> {
            while (!listener.isClosed()) {
                try {
                    Socket socket = listener.accept();
                    threads.execute(() -> serve(socket));
                } catch (IOException closed) {
                    return;
                }
            }
        });
    }

    int port() {
        return listener.getLocalPort();
    }

    int received() {
        return received.get();
    }

    /** Counts one more message taken; answers the count. */
    protected int take() {
        return received.incrementAndGet();
    }

    @Override
    public void close() throws IOException {
        listener.close();
        threads.shutdownNow();
    }
}
