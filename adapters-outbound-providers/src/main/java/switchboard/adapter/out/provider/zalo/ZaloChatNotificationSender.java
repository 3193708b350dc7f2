package switchboard.adapter.out.provider.zalo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Optional;

import switchboard.adapter.out.provider.support.JsonBodies;
import switchboard.adapter.out.provider.support.ProviderFailure;
import switchboard.adapter.out.provider.support.ProviderHttpClient;
import switchboard.application.dispatch.port.ChatNotificationSender;
import switchboard.application.dispatch.port.OutgoingChatNotification;
import switchboard.application.provider.port.ProviderTokenStore;
import switchboard.domain.delivery.AttemptResult;
import switchboard.domain.provider.ProviderAccount;

/**
 * Sends ZALO messages as Zalo Notification Service (ZNS) template messages: {@code POST
 * {base}/message/template} with the Official Account's access token in the {@code access_token}
 * header. A bean only when {@code switchboard.zalo.enabled} is true; see {@link ZaloConfiguration}.
 * <p>
 * ZNS sends only approved templates, and a message here is one text: each account names one
 * template ({@code templateId}) and the parameter of it that the text fills ({@code templateParam},
 * default {@code content}), so the template data is {@code {templateParam: text}}. See
 * {@link ZaloAccount} for an account's fields.
 * <p>
 * An access token Zalo refuses (-124) is replaced through {@link ZaloTokens}, which stores the
 * rotated refresh token, and the message is sent once more with the new one. Other errors are
 * mapped by {@link ZaloErrors}. Tokens and keys are never logged.
 */
@Singleton
@Requires(property = "switchboard.zalo.enabled", value = "true")
public class ZaloChatNotificationSender implements ChatNotificationSender {

    private final JsonBodies json;
    private final ProviderHttpClient http;
    private final URI sendUri;
    private final ZaloTokens tokens;
    private final Optional<ZaloAccount> gateway;

    public ZaloChatNotificationSender(ZaloConfiguration configuration, JsonMapper json, ProviderTokenStore store) {
        this.json = new JsonBodies(json);
        this.http = configuration.httpClient("Zalo");
        this.sendUri = ProviderHttpClient.endpoint(configuration.getBaseUrl(), "/message/template");
        this.tokens = new ZaloTokens(store, new ZaloOAuth(http, this.json, configuration.getOauthBaseUrl()), Clock.systemUTC());
        this.gateway = configuration.gatewayAccount();
    }

    @Override
    public String provider() {
        return "zalo";
    }

    @Override
    public boolean hasGatewayAccount() {
        return gateway.isPresent();
    }

    @Override
    public AttemptResult send(OutgoingChatNotification notification, Optional<ProviderAccount> account) {
        try {
            ZaloAccount zalo = account.isPresent() ? ZaloAccount.of(account.get()) : gateway.orElseThrow(
                    () -> ProviderFailure.rejected("no Zalo account: the gateway has none and none was given"));
            byte[] body = json.write(ZaloTemplateMessage.of(notification, zalo));
            String accessToken = tokens.current(zalo);
            ZaloAnswer answer = post(body, accessToken);
            if (answer.error() == ZaloAnswer.INVALID_ACCESS_TOKEN) {
                answer = post(body, tokens.replace(zalo, accessToken));
                if (answer.error() == ZaloAnswer.INVALID_ACCESS_TOKEN) {
                    return new AttemptResult.Rejected(ZaloErrors.describe(answer) + " (even with a new access token)");
                }
            }
            return ZaloErrors.outcomeOf(answer);
        } catch (ProviderFailure failure) {
            return failure.outcome();
        }
    }

    /** ZNS's answer; one without an error code (not JSON, a proxy's page) is a failure by its HTTP status. */
    private ZaloAnswer post(byte[] body, String accessToken) throws ProviderFailure {
        HttpResponse<byte[]> response = http.send(http.request(sendUri)
                .header("access_token", accessToken)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
        Optional<ZaloAnswer> answer = json.read(response.body(), ZaloAnswer.class).filter(parsed -> parsed.error() != null);
        if (answer.isPresent()) {
            return answer.get();
        }
        int status = response.statusCode();
        String failure = "Zalo answered HTTP " + status + " without an error code";
        boolean permanent = status >= 400 && status < 500 && status != 429;
        throw permanent ? ProviderFailure.rejected(failure) : ProviderFailure.deferred(failure);
    }
}
