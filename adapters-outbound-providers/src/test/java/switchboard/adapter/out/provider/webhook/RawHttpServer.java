package switchboard.adapter.out.provider.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bare HTTP server on loopback for the answers a well-behaved server never gives: one that
 * never answers, trickles its headers, or sends a body without end. Reads each request's head,
 * then lets the script write whatever it likes.
 */
final class RawHttpServer implements AutoCloseable {

    /** What the server does once it has read a request's head. */
    @FunctionalInterface
    interface Script {
        void answer(OutputStream out) throws IOException, InterruptedException;
    }

    private final ServerSocket server;
    private final Thread acceptor;
    private final AtomicInteger requests = new AtomicInteger();

    RawHttpServer(Script script) {
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        acceptor = new Thread(() -> serve(script), "raw-http-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /**
     * A server that starts a 200 answer and then trickles its headers, one line every 100 ms, {@code lines}
     * of them: never silent for long, so only a bound on the whole post cuts it off.
     */
    static RawHttpServer trickling(int lines) {
        return new RawHttpServer(out -> {
            out.write("HTTP/1.1 200 OK\r\n".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < lines; i++) {
                out.write(("X-Wait-" + i + ": a\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                Thread.sleep(100);
            }
        });
    }

    int port() {
        return server.getLocalPort();
    }

    int requests() {
        return requests.get();
    }

    private void serve(Script script) {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                readHead(socket.getInputStream());
                requests.incrementAndGet();
                script.answer(socket.getOutputStream());
            } catch (InterruptedException stopped) {
                return;
            } catch (IOException closedOrHungUp) {
                // the server was closed, or the client hung up: on to the next connection, if any
            }
        }
    }

    /** Reads up to the blank line that ends the request's head. */
    private static void readHead(InputStream in) throws IOException {
        int last4 = 0;
        while (last4 != 0x0d0a0d0a) {
            int next = in.read();
            if (next < 0) {
                throw new IOException("the request ended early");
            }
            last4 = (last4 << 8) | next;
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        acceptor.interrupt();
    }
}
