import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The dispatch baselines: the same emails and SMS the gateway sends, sent straight to the same
 * local servers by plain loops, as many at once as the gateway's dispatch concurrency, so that
 * the gateway is compared with a client of equal concurrency: Jakarta Mail over that many reused
 * SMTP connections, and that many threads sharing one JDK HTTP client (HTTP/1.1 keep-alive, one
 * connection per thread).
 */
final class DirectSends {

    static final String TWILIO_ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";
    static final String TWILIO_AUTH_TOKEN = "bench-auth-token";

    private DirectSends() {
    }

    /** Sends {@code count} emails over {@code connections} SMTP connections, each its own thread. */
    static void emails(int smtpPort, int connections, int count) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(smtpPort));
        Session session = Session.getInstance(properties);
        AtomicInteger next = new AtomicInteger();
        inParallel(connections, () -> {
            try (Transport transport = session.getTransport("smtp")) {
                transport.connect();
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    MimeMessage message = new MimeMessage(session);
                    message.setFrom(new InternetAddress("news@acme.example"));
                    InternetAddress to = new InternetAddress("user" + i + "@example.org");
                    message.setRecipient(Message.RecipientType.TO, to);
                    message.setSubject("Maintenance tonight");
                    message.setText("From 22:00 UTC the service is down.");
                    message.saveChanges();
                    transport.sendMessage(message, new InternetAddress[]{to});
                }
            }
            return null;
        });
    }

    /** Posts {@code count} SMS to a server speaking Twilio's Messages resource, {@code threads} at a time. */
    static void sms(int twilioPort, int threads, int count) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String authorization = "Basic " + Base64.getEncoder().encodeToString((TWILIO_ACCOUNT_SID + ":" + TWILIO_AUTH_TOKEN)
                .getBytes(StandardCharsets.UTF_8));
        URI messages = URI.create("http://127.0.0.1:" + twilioPort + "/2010-04-01/Accounts/" + TWILIO_ACCOUNT_SID + "/Messages.json");
        AtomicInteger next = new AtomicInteger();
        inParallel(threads, () -> {
            for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                String form = "To=" + URLEncoder.encode(phone(i), StandardCharsets.UTF_8) + "&From=%2B14155550100&Body="
                        + URLEncoder.encode("Your code is 1234", StandardCharsets.UTF_8);
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(messages).header("Authorization", authorization)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 201) {
                    throw new IllegalStateException("the Twilio stand-in answered " + response.statusCode());
                }
            }
            return null;
        });
    }

    /** The i-th of the benchmark's phone numbers, in E.164. */
    static String phone(int i) {
        return String.format("+2782%07d", i);
    }

    private static void inParallel(int threads, Callable<Void> loop) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Void>> loops = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                loops.add(pool.submit(loop));
            }
            for (Future<Void> each : loops) {
                try {
                    each.get();
                } catch (ExecutionException failed) {
                    throw failed.getCause() instanceof Exception cause ? cause : failed;
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
