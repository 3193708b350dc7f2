package switchboard.adapter.out.provider.webhook;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.json.JsonMapper;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.UnknownHostException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import switchboard.adapter.out.provider.support.JsonBodies;
import switchboard.application.dispatch.port.OutgoingWebhook;
import switchboard.application.dispatch.port.WebhookSender;
import switchboard.domain.delivery.AttemptResult;
import switchboard.domain.message.Content;
import switchboard.domain.provider.ProviderAccount;

import static switchboard.adapter.out.provider.support.ProviderHttpClient.describe;

/**
 * Posts messages to webhook URLs as JSON, signed as Standard Webhooks specifies
 * ({@code webhook-id}, {@code webhook-timestamp}, {@code webhook-signature}), with the account's
 * {@value #SIGNING_SECRET} or else the gateway's {@code switchboard.webhook.signing-secret}.
 * <p>
 * Guarded against server-side request forgery: only http and https; every address of the host
 * must be public ({@link AddressPolicy}), and the connection goes to the very addresses that were
 * checked ({@link GuardedDnsResolver}); redirects are not followed; at most
 * {@value #MAX_RESPONSE_BYTES} bytes of an answer are read, and a post takes at most
 * {@code switchboard.webhook.total-timeout}, however slowly the endpoint answers. No HTTP proxy
 * is used: a proxy would resolve the host itself, past the guard.
 * <p>
 * Every failure comes back as a result, never as an exception (see {@link WebhookResponses}).
 * Secrets are never logged nor shown.
 */
@Singleton
@Requires(property = "switchboard.webhook.enabled", value = "true")
public class StandardWebhookSender implements WebhookSender, AutoCloseable {

    /** The account field (a secret) holding the account's own signing secret. */
    public static final String SIGNING_SECRET = "signingSecret";
    static final String USER_AGENT = "Switchboard-Webhooks/1.0";
    static final int MAX_RESPONSE_BYTES = 64 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(StandardWebhookSender.class);
    private static final ContentType JSON = ContentType.create("application/json");
    private static final Set<String> SCHEMES = Set.of("http", "https");
    private static final int MAX_CONNECTIONS = 64;
    private static final int MAX_CONNECTIONS_PER_HOST = 16;

    private final Optional<WebhookSecret> gatewaySecret;
    private final JsonBodies json;
    private final Clock clock;
    private final Duration totalTimeout;
    private final CloseableHttpClient http;
    private final ScheduledThreadPoolExecutor deadlines;

    public StandardWebhookSender(WebhookConfiguration configuration, HostResolver names, JsonMapper json, Clock clock) {
        this.gatewaySecret = Optional.ofNullable(configuration.getSigningSecret()).map(text -> WebhookSecret.parse(text)
                .orElseThrow(() -> new ConfigurationException("switchboard.webhook.signing-secret must be "
                        + WebhookSecret.FORMAT)));
        this.json = new JsonBodies(json);
        this.clock = clock;
        this.totalTimeout = configuration.getTotalTimeout();
        this.http = client(configuration, new GuardedDnsResolver(names, new AddressPolicy(configuration.isAllowLoopback())));
        this.deadlines = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "webhook-deadlines");
            thread.setDaemon(true);
            return thread;
        });
        deadlines.setRemoveOnCancelPolicy(true);
        if (configuration.isAllowLoopback()) {
            LOG.warn("switchboard.webhook.allow-loopback is on: webhooks may reach this machine; never in production");
        }
    }

    @Override
    public String provider() {
        return "webhook";
    }

    @Override
    public boolean hasGatewayAccount() {
        return gatewaySecret.isPresent();
    }

    @Override
    public AttemptResult send(OutgoingWebhook webhook, Optional<ProviderAccount> account) {
        if (account.isEmpty()) {
            return gatewaySecret.map(secret -> post(webhook, secret)).orElseGet(() -> new AttemptResult.Rejected(
                    "no signing secret: the gateway has none (switchboard.webhook.signing-secret) and no account was given"));
        }
        String text = account.get().field(SIGNING_SECRET);
        if (text == null) {
            return new AttemptResult.Rejected("the account has no " + SIGNING_SECRET + " to sign webhooks with");
        }
        return WebhookSecret.parse(text).map(secret -> post(webhook, secret)).orElseGet(() ->
                new AttemptResult.Rejected("the account's " + SIGNING_SECRET + " is not " + WebhookSecret.FORMAT));
    }

    private AttemptResult post(OutgoingWebhook webhook, WebhookSecret secret) {
        URI url = webhook.url().uri();
        if (url.getScheme() == null || !SCHEMES.contains(url.getScheme().toLowerCase(Locale.ROOT))) {
            return new AttemptResult.Rejected("only http and https webhook URLs are posted to");
        }
        byte[] body = json.write(payload(webhook));
        String id = webhook.deliveryId().toString();
        long timestamp = clock.instant().getEpochSecond();
        HttpPost post = new HttpPost(url);
        post.setHeader("webhook-id", id);
        post.setHeader("webhook-timestamp", Long.toString(timestamp));
        post.setHeader("webhook-signature", secret.signature(id, timestamp, body));
        post.setEntity(new ByteArrayEntity(body, JSON));
        return exchange(post);
    }

    /**
     * The JSON posted: {@code type} "message", {@code id} (the delivery's, as in webhook-id),
     * {@code messageId}, {@code tenantId}, {@code createdAt} (ISO-8601), and those of
     * {@code subject}, {@code text} and {@code html} the message has.
     */
    private static Map<String, String> payload(OutgoingWebhook webhook) {
        Content content = webhook.content();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("type", "message");
        fields.put("id", webhook.deliveryId().toString());
        fields.put("messageId", webhook.messageId().toString());
        fields.put("tenantId", webhook.tenantId().value());
        fields.put("createdAt", webhook.createdAt().toString());
        putIfPresent(fields, "subject", content.subject());
        putIfPresent(fields, "text", content.text());
        putIfPresent(fields, "html", content.html());
        return fields;
    }

    private static void putIfPresent(Map<String, String> fields, String name, String value) {
        if (value != null) {
            fields.put(name, value);
        }
    }

    private AttemptResult exchange(HttpPost post) {
        AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> deadline = deadlines.schedule(() -> {
            // Set first: the post fails as soon as the cancelling closes its socket, before this task is done.
            expired.set(true);
            post.cancel();
        }, totalTimeout.toMillis(), TimeUnit.MILLISECONDS);
        try {
            ClassicHttpResponse response = http.executeOpen(null, post, null);
            boolean whole = false;
            try {
                HttpEntity entity = response.getEntity();
                byte[] start = entity == null ? new byte[0] : entity.getContent().readNBytes(MAX_RESPONSE_BYTES + 1);
                whole = start.length <= MAX_RESPONSE_BYTES;
                String text = new String(start, 0, Math.min(start.length, MAX_RESPONSE_BYTES), StandardCharsets.UTF_8);
                return WebhookResponses.outcome(response.getCode(), header(response, "Retry-After"),
                        header(response, "Location"), text, clock);
            } finally {
                if (whole) {
                    response.close();
                } else {
                    // Closing normally would read the rest of the answer, however long: drop the connection instead.
                    ((ModalCloseable) response).close(CloseMode.IMMEDIATE);
                }
            }
        } catch (RefusedHostException refused) {
            return new AttemptResult.Rejected("the webhook URL is refused: " + refused.getMessage()
                    + "; webhooks are only posted to public addresses");
        } catch (UnknownHostException unknown) {
            return new AttemptResult.Deferred("the webhook host does not resolve: " + describe(unknown));
        } catch (IOException failure) {
            return new AttemptResult.Deferred(expired.get() ? "no complete answer within " + totalTimeout.toMillis() + " ms"
                    : failure instanceof InterruptedIOException ? "the webhook endpoint did not answer in time: " + describe(failure)
                    : "the webhook endpoint could not be reached: " + describe(failure));
        } finally {
            deadline.cancel(false);
        }
    }

    private static Optional<String> header(ClassicHttpResponse response, String name) {
        return Optional.ofNullable(response.getFirstHeader(name)).map(Header::getValue);
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

    @PreDestroy
    @Override
    public void close() {
        http.close(CloseMode.GRACEFUL);
        deadlines.shutdownNow();
    }
}
