package switchboard.adapter.out.provider.webhook;

import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.io.ModalCloseable;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static switchboard.adapter.out.provider.support.ProviderHttpClient.describe;
import static switchboard.adapter.out.provider.support.ProviderText.oneLine;

/**
 * Posts JSON signed as Standard Webhooks specifies ({@code webhook-id}, {@code webhook-timestamp},
 * {@code webhook-signature}), behind the SSRF guard: what the webhook sender and the event poster
 * share, so that both are guarded, bounded and pooled alike.
 * <p>
 * Only http and https; every address of the host must be public ({@link AddressPolicy}), and the
 * connection goes to the very addresses that were checked ({@link GuardedDnsResolver}); redirects
 * are not followed; at most {@value #MAX_RESPONSE_BYTES} bytes of an answer are read, and a post
 * takes at most {@code switchboard.webhook.total-timeout}, however slowly the endpoint answers. No
 * HTTP proxy is used: a proxy would resolve the host itself, past the guard.
 * <p>
 * A post never throws for what the endpoint or the network does: it comes back as an
 * {@link Outcome}. Secrets are never logged nor shown.
 */
final class GuardedWebhookClient implements AutoCloseable {

    private static final String USER_AGENT = "Switchboard-Webhooks/1.0";
    private static final int MAX_RESPONSE_BYTES = 64 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(GuardedWebhookClient.class);
    private static final ContentType JSON = ContentType.create("application/json");
    private static final Set<String> SCHEMES = Set.of("http", "https");
    private static final int MAX_CONNECTIONS = 64;
    private static final int MAX_CONNECTIONS_PER_HOST = 16;
    /** How often the posts under way are checked against their total timeout: one is cut off at most this late. */
    private static final long WATCH_EVERY_MILLIS = 100;

    /** What one post came to: the endpoint's answer, or why there was none. */
    sealed interface Outcome {
    }

    /**
     * @param body the start of the answer's body (at most {@value GuardedWebhookClient#MAX_RESPONSE_BYTES} bytes), as text
     */
    record Answer(int status, List<Header> headers, String body) implements Outcome {

        Answer {
            headers = List.copyOf(headers);
        }

        boolean isSuccess() {
            return status >= 200 && status <= 299;
        }

        /**
         * The answer on one line, fit for a delivery's error or an event's log: "HTTP 500: " and the start
         * of the body; for a redirect, that it is not followed and where it pointed.
         */
        String summary() {
            if (status >= 300 && status <= 399) {
                return "HTTP " + status + ": redirects are not followed"
                        + header("Location").map(target -> " (Location: " + oneLine(target) + ")").orElse("")
                        + "; point the webhook at the final URL";
            }
            String text = oneLine(body);
            return "HTTP " + status + (text.isEmpty() ? "" : ": " + text);
        }

        Optional<String> header(String name) {
            return headers.stream().filter(header -> header.getName().equalsIgnoreCase(name)).findFirst()
                    .map(Header::getValue);
        }
    }

    /**
     * @param refused whether the URL itself is refused (its scheme, or its host by the SSRF guard): trying
     *                again will not help
     * @param reason  why there was no answer, fit to show
     */
    record NoAnswer(boolean refused, String reason) implements Outcome {
    }

    private final Clock clock;
    private final Duration totalTimeout;
    private final CloseableHttpClient http;
    /** The posts under way, which the deadline thread cuts off once past their total timeout. */
    private final Set<PostUnderWay> underWay = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService deadlines;

    /** @param kind what is posted, as the log and the deadline thread name it ("webhook", "event") */
    GuardedWebhookClient(WebhookConfiguration configuration, HostResolver names, Clock clock, String kind) {
        this.clock = clock;
        this.totalTimeout = configuration.getTotalTimeout();
        this.http = client(configuration, new GuardedDnsResolver(names, new AddressPolicy(configuration.isAllowLoopback())));
        this.deadlines = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, kind + "-deadlines");
            thread.setDaemon(true);
            return thread;
        });
        // A look every so often rather than a timer per post: a timer set and cancelled for each post woke this
        // thread each time, which cost a post to a fast endpoint more than its signature and its JSON together.
        deadlines.scheduleWithFixedDelay(this::cutOffOverdue, WATCH_EVERY_MILLIS, WATCH_EVERY_MILLIS, TimeUnit.MILLISECONDS);
        if (configuration.isAllowLoopback()) {
            LOG.warn("switchboard.webhook.allow-loopback is on: {} posts may reach this machine; never in production", kind);
        }
    }

    /**
     * Posts the body to the URL, with the id and the current time, signed with each of the secrets:
     * the {@code webhook-signature} header holds their signatures separated by spaces, so that a
     * receiver holding any one of them accepts the post (a secret's rotation).
     */
    Outcome post(URI url, String id, byte[] body, List<WebhookSecret> secrets) {
        if (url.getScheme() == null || !SCHEMES.contains(url.getScheme().toLowerCase(Locale.ROOT))) {
            return new NoAnswer(true, "only http and https webhook URLs are posted to");
        }
        long timestamp = clock.instant().getEpochSecond();
        HttpPost post = new HttpPost(url);
        post.setHeader("webhook-id", id);
        post.setHeader("webhook-timestamp", Long.toString(timestamp));
        post.setHeader("webhook-signature", secrets.stream().map(secret -> secret.signature(id, timestamp, body))
                .collect(Collectors.joining(" ")));
        post.setEntity(new ByteArrayEntity(body, JSON));
        return exchange(post);
    }

    private Outcome exchange(HttpPost post) {
        PostUnderWay watched = new PostUnderWay(post, System.nanoTime() + totalTimeout.toNanos());
        underWay.add(watched);
        try {
            ClassicHttpResponse response = http.executeOpen(null, post, null);
            boolean whole = false;
            try {
                HttpEntity entity = response.getEntity();
                byte[] start = entity == null ? new byte[0] : entity.getContent().readNBytes(MAX_RESPONSE_BYTES + 1);
                whole = start.length <= MAX_RESPONSE_BYTES;
                String text = new String(start, 0, Math.min(start.length, MAX_RESPONSE_BYTES), StandardCharsets.UTF_8);
                return new Answer(response.getCode(), Arrays.asList(response.getHeaders()), text);
            } finally {
                if (whole) {
                    response.close();
                } else {
                    // Closing normally would read the rest of the answer, however long: drop the connection instead.
                    ((ModalCloseable) response).close(CloseMode.IMMEDIATE);
                }
            }
        } catch (RefusedHostException refused) {
            return new NoAnswer(true, "the webhook URL is refused: " + refused.getMessage()
                    + "; webhooks are only posted to public addresses");
        } catch (UnknownHostException unknown) {
            return new NoAnswer(false, "the webhook host does not resolve: " + describe(unknown));
        } catch (IOException failure) {
            return new NoAnswer(false, watched.cutOff ? "no complete answer within " + totalTimeout.toMillis() + " ms"
                    : failure instanceof InterruptedIOException ? "the webhook endpoint did not answer in time: " + describe(failure)
                    : "the webhook endpoint could not be reached: " + describe(failure));
        } finally {
            underWay.remove(watched);
        }
    }

    private void cutOffOverdue() {
        long now = System.nanoTime();
        for (PostUnderWay post : underWay) {
            if (now - post.deadline >= 0 && !post.cutOff) {
                // Set first: the post fails as soon as the cancelling closes its socket, before this is done.
                post.cutOff = true;
                post.request.cancel();
            }
        }
    }

    /** A post under way and when its total timeout is up ({@link System#nanoTime()}); equal only to itself. */
    private static final class PostUnderWay {

        private final HttpPost request;
        private final long deadline;
        private volatile boolean cutOff;

        PostUnderWay(HttpPost request, long deadline) {
            this.request = request;
            this.deadline = deadline;
        }
    }

    private static CloseableHttpClient client(WebhookConfiguration configuration, GuardedDnsResolver dns) {
        Timeout connect = Timeout.of(configuration.getConnectTimeout());
        Timeout read = Timeout.of(configuration.getReadTimeout());
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(dns)
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(connect)
                                .setSocketTimeout(read).build())
                        .setMaxConnTotal(MAX_CONNECTIONS)
                        .setMaxConnPerRoute(MAX_CONNECTIONS_PER_HOST)
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setConnectionRequestTimeout(connect)
                        .setResponseTimeout(read).build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .disableContentCompression()
                .setUserAgent(USER_AGENT)
                .build();
    }

    @Override
    public void close() {
        http.close(CloseMode.GRACEFUL);
        deadlines.shutdownNow();
    }
}
