import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;

/**
 * An HTTP/1.1 server on a loopback port that answers every request alike, with keep-alive: a
 * provider's or a receiver's stand-in that costs next to nothing. What it takes is counted.
 */
final class HttpSink extends LoopbackServer {

    private final String status;
    private final IntFunction<String> body;

    /**
     * @param status the answer's status line after {@code HTTP/1.1}, e.g. {@code 201 Created}
     * @param body   the answer's JSON body for the nth request taken; empty for none
     */
    private HttpSink(int port, String status, IntFunction<String> body) throws IOException {
        super(port);
        this.status = status;
        this.body = body;
    }

    static HttpSink start(int port, String status, IntFunction<String> body) throws IOException {
        return started(new HttpSink(port, status, body));
    }

    @Override
    protected void serve(Socket socket) {
        try (socket; InputStream in = socket.getInputStream(); OutputStream out = new BufferedOutputStream(socket.getOutputStream())) {
            Requests requests = new Requests(in);
            for (int length = requests.head(); length >= 0; length = requests.head()) {
                requests.skip(length);
                byte[] content = body.apply(take()).getBytes(StandardCharsets.UTF_8);
                out.write(("HTTP/1.1 " + status + "\r\n" + (content.length == 0 ? "" : "Content-Type: application/json\r\n")
                        + "Content-Length: " + content.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.write(content);
                out.flush();
            }
        } catch (IOException dropped) {
            // the client went away
        }
    }

    /**
     * Reads requests from a connection through a buffer of its own, looking at no more of each
     * head than its Content-Length: a receiver that stands for a machine of its own should take
     * as little as it can of the cores it shares with the gateway.
     */
    private static final class Requests {

        private static final byte[] CONTENT_LENGTH = "content-length:".getBytes(StandardCharsets.ISO_8859_1);

        private final InputStream in;
        private final byte[] buffer = new byte[16 * 1024];
        private int position;
        private int limit;

        Requests(InputStream in) {
            this.in = in;
        }

        /** Reads the next request's head; its body's length, or -1 at the end of the stream. */
        int head() throws IOException {
            int length = 0;
            boolean first = true;
            while (true) {
                int end = lineEnd(); // moves what is unread to the buffer's start when it reads more
                if (end < 0) {
                    return -1;
                }
                int start = position;
                int size = end - start;
                position = end + 1;
                if (size > 0 && buffer[end - 1] == '\r') {
                    size--;
                }
                if (size == 0) {
                    if (first) {
                        continue; // a blank line between requests
                    }
                    return length;
                }
                first = false;
                if (size > CONTENT_LENGTH.length && startsWithContentLength(start)) {
                    length = Integer.parseInt(new String(buffer, start + CONTENT_LENGTH.length, size - CONTENT_LENGTH.length,
                            StandardCharsets.ISO_8859_1).strip());
                }
            }
        }

        void skip(int length) throws IOException {
            while (length > 0) {
                if (position == limit && !fill()) {
                    return;
                }
                int taken = Math.min(length, limit - position);
                position += taken;
                length -= taken;
            }
        }

        /** The index of the next line feed in the buffer, reading more as needed; -1 at the end of the stream. */
        private int lineEnd() throws IOException {
            int scanned = position;
            while (true) {
                for (; scanned < limit; scanned++) {
                    if (buffer[scanned] == '\n') {
                        return scanned;
                    }
                }
                int kept = limit - position;
                if (!fill()) {
                    return -1;
                }
                scanned = position + kept;
            }
        }

        /** Moves what is unread to the buffer's start and reads more; false at the end of the stream. */
        private boolean fill() throws IOException {
            int unread = limit - position;
            if (unread == buffer.length) {
                throw new IOException("a request head line longer than " + buffer.length + " bytes");
            }
            System.arraycopy(buffer, position, buffer, 0, unread);
            position = 0;
            limit = unread;
            int read = in.read(buffer, limit, buffer.length - limit);
            if (read < 0) {
                return false;
            }
            limit += read;
            return true;
        }

        private boolean startsWithContentLength(int start) {
            for (int i = 0; i < CONTENT_LENGTH.length; i++) {
                if ((buffer[start + i] | 0x20) != CONTENT_LENGTH[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
