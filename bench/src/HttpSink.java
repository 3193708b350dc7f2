import java.io.BufferedInputStream;
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
        try (socket; InputStream in = new BufferedInputStream(socket.getInputStream());
             OutputStream out = new BufferedOutputStream(socket.getOutputStream())) {
            String requestLine;
            while ((requestLine = line(in)) != null && !requestLine.isEmpty()) {
                int length = 0;
                for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
                    if (header.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                        length = Integer.parseInt(header.substring(15).strip());
                    }
                }
                in.readNBytes(length);
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

    /** One line of the request head, without its CRLF; null at the end of the stream. */
    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int next = in.read(); next != '\n'; next = in.read()) {
            if (next < 0) {
                return line.length() == 0 ? null : line.toString();
            }
            if (next != '\r') {
                line.append((char) next);
            }
        }
        return line.toString();
    }
}
