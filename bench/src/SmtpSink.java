import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** An SMTP server that takes every message and counts it: as fast as a server can be, for both sides alike. */
final class SmtpSink implements AutoCloseable {

    private final ServerSocket listener;
    private final ExecutorService threads = connectionThreads();
    private final AtomicInteger received = new AtomicInteger();

    private SmtpSink(ServerSocket listener) {
        this.listener = listener;
    }

    static SmtpSink start(int port) throws IOException {
        SmtpSink sink = new SmtpSink(new ServerSocket(port, 100, InetAddress.getLoopbackAddress()));
        sink.threads.execute(sink::accept);
        return sink;
    }

    int port() {
        return listener.getLocalPort();
    }

    int received() {
        return received.get();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket socket = listener.accept();
                threads.execute(() -> converse(socket));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void converse(Socket socket) {
        try (socket; BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                StandardCharsets.ISO_8859_1)); Writer out = new OutputStreamWriter(socket.getOutputStream(),
                StandardCharsets.ISO_8859_1)) {
            reply(out, "220 sink ESMTP");
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (command) {
                    case "EHLO", "HELO" -> reply(out, "250 sink");
                    case "DATA" -> {
                        reply(out, "354 go ahead");
                        while (!".".equals(in.readLine())) {
                            // the message is dropped: only its arrival counts
                        }
                        received.incrementAndGet();
                        reply(out, "250 2.0.0 queued");
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "250 OK");
                }
            }
        } catch (IOException dropped) {
            // the client went away
        }
    }

    private static void reply(Writer out, String line) throws IOException {
        out.write(line + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        listener.close();
        threads.shutdownNow();
    }

    /** Daemon threads: the gateway keeps its connections open, and their blocked reads must not hold the JVM up. */
    static ExecutorService connectionThreads() {
        return Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable);
            thread.setDaemon(true);
            return thread;
        });
    }
}
