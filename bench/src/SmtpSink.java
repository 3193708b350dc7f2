import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** An SMTP server that takes every message and counts it: as fast as a server can be, for both sides alike. */
final class SmtpSink extends LoopbackServer {

    private SmtpSink(int port) throws IOException {
        super(port);
    }

    static SmtpSink start(int port) throws IOException {
        return started(new SmtpSink(port));
    }

    @Override
    protected void serve(Socket socket) {
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
                        take();
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
}
