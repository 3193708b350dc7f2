package switchboard.adapter.out.provider.email;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Just enough of an SMTP server to script the replies GreenMail will not give: recipients
 * refused for good or for now, a server shutting down, connections dropped, a server slow to take
 * a message, SMTPUTF8 offered (RFC 6531: GreenMail does not offer it). It counts the TCP
 * connections it accepts and keeps the envelope and text of each message it takes, so tests can
 * see connections reused, count the copies each recipient got and read what they said.
 */
public final class ScriptedSmtpServer implements AutoCloseable {

    private final ServerSocket listener;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger messages = new AtomicInteger();
    private final AtomicInteger resetsAndNoops = new AtomicInteger();
    private final Queue<Taken> taken = new ConcurrentLinkedQueue<>();
    private volatile String rcptReply = "250 2.1.5 OK";
    private volatile String endOfDataReply = "250 2.0.0 queued";
    private volatile Duration endOfDataDelay = Duration.ZERO;
    private volatile boolean smtpUtf8;

    public ScriptedSmtpServer() throws IOException {
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.execute(this::accept);
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** The reply to every RCPT from now on; a 421 also closes the connection, as servers do. */
    public void answerRcpt(String reply) {
        rcptReply = reply;
    }

    /** The reply to the end of every message from now on. */
    public void answerEndOfData(String reply) {
        endOfDataReply = reply;
    }

    /** How long the server takes over each message, before it keeps it and replies to its end of data. */
    public void delayEndOfData(Duration delay) {
        endOfDataDelay = delay;
    }

    /** Offers SMTPUTF8 in the answer to EHLO from now on. */
    public void offerSmtpUtf8() {
        smtpUtf8 = true;
    }

    public int connections() {
        return connections.get();
    }

    /** RSET and NOOP commands received: the round trips a client spends checking its connection. */
    public int resetsAndNoops() {
        return resetsAndNoops.get();
    }

    /** Messages taken with a 250 at the end of their data. */
    public int messages() {
        return messages.get();
    }

    /** The envelope of every message taken, in the order taken. */
    public List<Taken> taken() {
        return List.copyOf(taken);
    }

    /** Hangs up on every client, without a word, as an idle timeout on the server would. */
    public void dropConnections() throws IOException {
        for (Socket socket : open) {
            socket.close();
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        dropConnections();
        threads.shutdownNow();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket socket = listener.accept();
                connections.incrementAndGet();
                open.add(socket);
                threads.execute(() -> converse(socket));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void converse(Socket socket) {
        try (socket;
             BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
             Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8)) {
            reply(out, "220 scripted ESMTP");
            Envelope envelope = new Envelope();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!answer(line, envelope, in, out)) {
                    return;
                }
            }
        } catch (IOException e) {
            // the client, or dropConnections(), hung up
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            open.remove(socket);
        }
    }

    /** Answers one command; false when the connection is to be closed. */
    private boolean answer(String command, Envelope envelope, BufferedReader in, Writer out)
            throws IOException, InterruptedException {
        String verb = command.length() < 4 ? command : command.substring(0, 4).toUpperCase(Locale.ROOT);
        switch (verb) {
            case "EHLO", "HELO" -> {
                envelope.client = command.substring(verb.length()).strip();
                reply(out, smtpUtf8 && verb.equals("EHLO") ? "250-scripted\r\n250 SMTPUTF8" : "250 scripted");
            }
            case "MAIL" -> {
                envelope.mailFrom = command;
                envelope.recipients.clear();
                reply(out, "250 2.0.0 OK");
            }
            case "RSET" -> {
                resetsAndNoops.incrementAndGet();
                envelope.recipients.clear();
                reply(out, "250 2.0.0 OK");
            }
            case "NOOP" -> {
                resetsAndNoops.incrementAndGet();
                reply(out, "250 2.0.0 OK");
            }
            case "RCPT" -> {
                String reply = rcptReply;
                if (reply.startsWith("250")) {
                    envelope.recipients.add(command.substring(command.indexOf('<') + 1, command.lastIndexOf('>')));
                }
                reply(out, reply);
                return !reply.startsWith("421");
            }
            case "DATA" -> {
                reply(out, "354 end with <CRLF>.<CRLF>");
                String text = data(in);
                Thread.sleep(endOfDataDelay.toMillis());
                String reply = endOfDataReply;
                if (reply.startsWith("250")) {
                    taken.add(new Taken(envelope.client, envelope.mailFrom, List.copyOf(envelope.recipients), text));
                    messages.incrementAndGet();
                }
                envelope.recipients.clear();
                reply(out, reply);
            }
            case "QUIT" -> {
                reply(out, "221 2.0.0 bye");
                return false;
            }
            default -> reply(out, "502 5.5.2 not implemented");
        }
        return true;
    }

    /** The message's text, up to the line with the lone dot, its lines ending in CRLF. */
    private static String data(BufferedReader in) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String line = in.readLine(); line != null && !line.equals("."); line = in.readLine()) {
            text.append(line.startsWith("..") ? line.substring(1) : line).append("\r\n");
        }
        return text.toString();
    }

    private static void reply(Writer out, String reply) throws IOException {
        out.write(reply + "\r\n");
        out.flush();
    }

    /**
     * A message the server took.
     *
     * @param client     the name the client gave in EHLO or HELO
     * @param mailFrom   the MAIL command, with its parameters (SMTPUTF8, for one)
     * @param recipients the envelope's recipients (RCPT TO)
     * @param text       the message as sent, headers and body
     */
    public record Taken(String client, String mailFrom, List<String> recipients, String text) {
    }

    /** One connection's client and the sender and recipients of the message it is sending. */
    private static final class Envelope {
        private String client = "";
        private String mailFrom = "";
        private final List<String> recipients = new ArrayList<>();
    }
}
