import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * HTTP/1.1 load on plain keep-alive sockets, so that the load generator itself costs next to
 * nothing: a request's bytes are built once and written again and again.
 *
 * <p>Two shapes: {@link #closedLoop} finds the highest rate (each connection sends its next
 * request as soon as the answer came); {@link #openLoop} sends at a fixed rate and times each
 * request from the moment it was due, so that a stalled server is charged for the requests
 * waiting behind it (no coordinated omission).
 */
final class HttpLoad {

    /** One kind of request, sent as is. */
    record Target(String method, String path, Map<String, String> headers, String body) {

        byte[] bytes() {
            byte[] content = body.getBytes(StandardCharsets.UTF_8);
            StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                    .append("Host: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ")
                    .append(content.length).append("\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            byte[] start = head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
            byte[] request = Arrays.copyOf(start, start.length + content.length);
            System.arraycopy(content, 0, request, start.length, content.length);
            return request;
        }
    }

    /** What one load produced: answers per second, latencies in microseconds, and the answers that were not 2xx. */
    record Result(double perSecond, long p50Micros, long p99Micros, long failures, int lastFailureStatus) {
    }

    private final int port;

    HttpLoad(int port) {
        this.port = port;
    }

    Result closedLoop(Target target, int connections, long millis) throws Exception {
        return run(target, connections, millis, 0);
    }

    Result openLoop(Target target, double perSecond, int connections, long millis) throws Exception {
        return run(target, connections, millis, Math.round(1e9 / perSecond));
    }

    /** Sends {@code count} requests over {@code connections}, as fast as answers come. */
    void send(Target target, int connections, int count) throws Exception {
        AtomicLong left = new AtomicLong(count);
        byte[] request = target.bytes();
        List<Callable<Void>> senders = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            senders.add(() -> {
                try (Connection connection = new Connection(port)) {
                    while (left.getAndDecrement() > 0) {
                        int status = connection.exchange(request);
                        if (status / 100 != 2) {
                            throw new IllegalStateException(target.path() + " answered " + status);
                        }
                    }
                }
                return null;
            });
        }
        runAll(senders);
    }

    private Result run(Target target, int connections, long millis, long intervalNanos) throws Exception {
        byte[] request = target.bytes();
        long start = System.nanoTime();
        long end = start + millis * 1_000_000;
        AtomicLong tickets = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        AtomicLong lastFailure = new AtomicLong();
        List<Latencies> latencies = new ArrayList<>();
        List<Callable<Void>> senders = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            Latencies own = new Latencies();
            latencies.add(own);
            senders.add(() -> {
                try (Connection connection = new Connection(port)) {
                    while (true) {
                        long due = intervalNanos == 0 ? System.nanoTime() : start + tickets.getAndIncrement() * intervalNanos;
                        if (due >= end) {
                            return null;
                        }
                        for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                            LockSupport.parkNanos(wait);
                        }
                        int status = connection.exchange(request);
                        long answered = System.nanoTime();
                        if (answered >= end && intervalNanos == 0) {
                            return null;
                        }
                        if (status / 100 != 2) {
                            failures.incrementAndGet();
                            lastFailure.set(status);
                        }
                        own.add((answered - due) / 1_000);
                    }
                }
            });
        }
        runAll(senders);
        long[] all = Latencies.merged(latencies);
        double seconds = (Math.max(System.nanoTime(), end) - start) / 1e9;
        return new Result(all.length / seconds, percentile(all, 0.50), percentile(all, 0.99), failures.get(),
                (int) lastFailure.get());
    }

    private static long percentile(long[] sorted, double fraction) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(fraction * sorted.length) - 1)];
    }

    /** Runs each connection's loop on a thread of its own and waits for all; a failure in any is thrown here. */
    private static void runAll(List<Callable<Void>> connections) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(connections.size());
        try {
            for (Future<Void> connection : threads.invokeAll(connections)) {
                try {
                    connection.get();
                } catch (ExecutionException failed) {
                    throw failed.getCause() instanceof Exception cause ? cause : failed;
                }
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /** A growable array of latencies, one per connection, so that recording needs no lock. */
    private static final class Latencies {
        private long[] values = new long[1 << 14];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        static long[] merged(List<Latencies> all) {
            long[] merged = new long[all.stream().mapToInt(each -> each.size).sum()];
            int at = 0;
            for (Latencies each : all) {
                System.arraycopy(each.values, 0, merged, at, each.size);
                at += each.size;
            }
            Arrays.sort(merged);
            return merged;
        }
    }

    /** One keep-alive connection: writes a request, reads the status and the whole answer. */
    private static final class Connection implements AutoCloseable {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;

        Connection(int port) throws IOException {
            socket = new Socket(InetAddress.getLoopbackAddress(), port);
            socket.setTcpNoDelay(true);
            in = new BufferedInputStream(socket.getInputStream(), 65_536);
            out = socket.getOutputStream();
        }

        int exchange(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            String statusLine = line();
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String lower = header.toLowerCase();
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                }
            }
            if (chunked) {
                for (long size = Long.parseLong(line().trim(), 16); size > 0; size = Long.parseLong(line().trim(), 16)) {
                    skip(size);
                    line();
                }
                line();
            } else {
                skip(Math.max(length, 0));
            }
            return status;
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("the server closed the connection");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        private void skip(long bytes) throws IOException {
            for (long left = bytes; left > 0; ) {
                long skipped = in.skip(left);
                if (skipped <= 0) {
                    if (in.read() < 0) {
                        throw new IOException("the answer ended early");
                    }
                    skipped = 1;
                }
                left -= skipped;
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
