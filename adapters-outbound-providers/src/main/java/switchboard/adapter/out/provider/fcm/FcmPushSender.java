package switchboard.adapter.out.provider.fcm;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import switchboard.adapter.out.provider.support.JsonBodies;
import switchboard.adapter.out.provider.support.ProviderFailure;
import switchboard.adapter.out.provider.support.ProviderHttpClient;
import switchboard.application.dispatch.port.OutgoingPush;
import switchboard.application.dispatch.port.PushSender;
import switchboard.domain.credential.SecretTokens;
import switchboard.domain.delivery.AttemptResult;
import switchboard.domain.provider.ProviderAccount;

/**
 * Sends push notifications through FCM's HTTP v1 API ({@code POST
 * {base}/v1/projects/{projectId}/messages:send}) with an OAuth2 access token of a Google service
 * account. A bean only when {@code switchboard.fcm.enabled} is true; see {@link FcmConfiguration}.
 * <p>
 * An account of this provider has the secret {@code serviceAccountJson} (the service account's
 * key file, its JSON on one line) and, optionally, the setting {@code projectId} (else the key's
 * {@code project_id}). Each account's credentials are built once and kept, with their access
 * token, for the sender's life: keyed by the key's digest, so that a changed key is a new account.
 * <p>
 * Notifications whose notification and data exceed FCM's 4096 bytes are rejected before sending.
 * Refusals are mapped by {@link FcmFailures}. Tokens and keys are never logged.
 */
@Singleton
@Requires(property = "switchboard.fcm.enabled", value = "true")
public class FcmPushSender implements PushSender {

    /** FCM's limit for a message's payload, notification and data together. */
    static final int MAX_PAYLOAD_BYTES = 4096;

    /** Google project ids (lower-case letters, digits, hyphens), optionally domain-scoped ("example.com:project"). */
    private static final Pattern PROJECT_ID = Pattern.compile("([a-z0-9.-]+:)?[a-z][a-z0-9-]{0,62}");

    private final JsonBodies json;
    private final ProviderHttpClient http;
    private final JdkHttpTransport tokenTransport;
    private final FcmFailures failures;
    private final URI baseUrl;
    private final Optional<Target> gateway;
    private final Map<String, ServiceAccount> accounts = new ConcurrentHashMap<>();

    public FcmPushSender(FcmConfiguration configuration, JsonMapper json) {
        this.json = new JsonBodies(json);
        this.http = configuration.httpClient("FCM");
        this.tokenTransport = new JdkHttpTransport(http.client(), http.readTimeout());
        this.failures = new FcmFailures(this.json, Clock.systemUTC());
        this.baseUrl = configuration.getBaseUrl();
        this.gateway = configuration.serviceAccountKey().map(key -> gatewayTarget(key, configuration.getProjectId()));
    }

    @Override
    public String provider() {
        return "fcm";
    }

    @Override
    public boolean hasGatewayAccount() {
        return gateway.isPresent();
    }

    @Override
    public AttemptResult send(OutgoingPush push, Optional<ProviderAccount> account) {
        try {
            Target target = account.isPresent() ? target(account.get()) : gateway.orElseThrow(
                    () -> ProviderFailure.rejected("no FCM account: the gateway has none and none was given"));
            FcmRequest request = FcmRequest.of(push);
            int payload = json.write(request.payload()).length;
            if (payload > MAX_PAYLOAD_BYTES) {
                return new AttemptResult.Rejected("the notification's title, body and data take " + payload
                        + " bytes as JSON; FCM accepts at most " + MAX_PAYLOAD_BYTES);
            }
            String accessToken;
            try {
                accessToken = target.account().accessToken();
            } catch (IOException e) {
                throw failures.ofTokenRequest(e);
            }
            HttpResponse<byte[]> response = http.send(http.request(target.sendUri())
                    .header("Authorization", "Bearer " + accessToken)
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.write(request))).build());
            return response.statusCode() == 200 ? new AttemptResult.Sent(messageName(response)) : failures.ofAnswer(response);
        } catch (ProviderFailure failure) {
            return failure.outcome();
        }
    }

    private Target target(ProviderAccount account) throws ProviderFailure {
        String key = account.field(FcmAccountRules.SERVICE_ACCOUNT_JSON);
        if (key == null) {
            throw ProviderFailure.rejected("the FCM account has no serviceAccountJson secret");
        }
        String digest = SecretTokens.digest(key);
        ServiceAccount serviceAccount = accounts.get(digest);
        if (serviceAccount == null) {
            serviceAccount = ServiceAccount.fromKey(key, tokenTransport);
            ServiceAccount built = accounts.putIfAbsent(digest, serviceAccount);
            serviceAccount = built != null ? built : serviceAccount;
        }
        return new Target(serviceAccount, projectUri(account.field(FcmAccountRules.PROJECT_ID), serviceAccount));
    }

    private Target gatewayTarget(String key, String projectId) {
        try {
            ServiceAccount serviceAccount = ServiceAccount.fromKey(key, tokenTransport);
            return new Target(serviceAccount, projectUri(projectId, serviceAccount));
        } catch (ProviderFailure failure) {
            throw new ConfigurationException("switchboard.fcm: " + failure.getMessage());
        }
    }

    /** messages:send of the project named, else of the key's own project. */
    private URI projectUri(String projectId, ServiceAccount serviceAccount) throws ProviderFailure {
        String project = Optional.ofNullable(projectId).filter(id -> !id.isBlank()).or(serviceAccount::projectId)
                .orElseThrow(() -> ProviderFailure.rejected(
                        "no FCM project: the account has no projectId and its key no project_id"));
        if (!PROJECT_ID.matcher(project).matches()) {
            throw ProviderFailure.rejected("'" + project + "' is not a Google Cloud project id");
        }
        return ProviderHttpClient.endpoint(baseUrl, "/v1/projects/" + project + "/messages:send");
    }

    /** The id FCM gave the message ("projects/p/messages/0:1500415314455276%31bd1c9631bd1c96"). */
    private String messageName(HttpResponse<byte[]> response) {
        return json.read(response.body(), FcmAnswer.class).map(FcmAnswer::name).orElse(null);
    }

    /** Where a push goes and whose token it carries. */
    private record Target(ServiceAccount account, URI sendUri) {
    }
}
