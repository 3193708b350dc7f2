package switchboard.adapter.out.provider.twilio;

import io.micronaut.context.annotation.Requires;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import switchboard.adapter.out.provider.support.JsonBodies;
import switchboard.adapter.out.provider.support.ProviderFailure;
import switchboard.adapter.out.provider.support.ProviderHttpClient;
import switchboard.application.dispatch.port.OutgoingText;
import switchboard.domain.delivery.AttemptResult;
import switchboard.domain.provider.ProviderAccount;

/**
 * Twilio's Messages resource: {@code POST {base}/2010-04-01/Accounts/{AccountSid}/Messages.json},
 * a form with {@code To}, {@code From} or {@code MessagingServiceSid}, {@code Body} and
 * {@code StatusCallback}, authenticated with the account's SID and token. Both the SMS and the
 * WhatsApp sender post here, through one HTTP client that keeps its connections.
 * <p>
 * The sender is the message's own when it names one, else the account's Messaging Service, else
 * its {@code from}. Failures come back as results ({@link TwilioResponses}); a connection that
 * fails or times out is tried again later. Neither the token nor the Authorization header is
 * ever logged.
 */
@Singleton
@Requires(property = "switchboard.twilio.enabled", value = "true")
public class TwilioMessages {

    private final TwilioConfiguration configuration;
    private final JsonBodies json;
    private final ProviderHttpClient http;
    private final Clock clock;

    public TwilioMessages(TwilioConfiguration configuration, JsonMapper json) {
        this.configuration = configuration;
        this.json = new JsonBodies(json);
        this.http = new ProviderHttpClient("twilio", configuration.connectTimeout(), configuration.readTimeout());
        this.clock = Clock.systemUTC();
    }

    /** Whether the gateway's own account can send on the channel: it has one, and a sender for the channel. */
    boolean hasGatewayAccount(TwilioChannel channel) {
        return configuration.gatewayAccount(channel).filter(TwilioAccount::hasSender).isPresent();
    }

    AttemptResult send(TwilioChannel channel, OutgoingText text, Optional<ProviderAccount> account) {
        TwilioAccount sending;
        if (account.isEmpty()) {
            Optional<TwilioAccount> gateways = configuration.gatewayAccount(channel);
            if (gateways.isEmpty()) {
                return new AttemptResult.Rejected("the gateway has no Twilio account");
            }
            sending = gateways.get();
        } else {
            try {
                sending = TwilioAccount.of(account.get());
            } catch (IllegalArgumentException e) {
                return new AttemptResult.Rejected(e.getMessage());
            }
        }
        if (text.sender().isEmpty() && !sending.hasSender()) {
            return new AttemptResult.Rejected("the message names no sender, and its Twilio account has neither a from "
                    + "number nor a Messaging Service for " + channel);
        }
        HttpRequest request = http.request(messagesUri(sending.credentials()))
                .header("Authorization", sending.credentials().basicAuthorization())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(encoded(form(channel, text, sending))))
                .build();
        try {
            return TwilioResponses.outcomeOf(http.send(request), json, clock);
        } catch (ProviderFailure failure) {
            return failure.outcome();
        }
    }

    private URI messagesUri(TwilioCredentials credentials) {
        return URI.create(configuration.baseUrl() + "/2010-04-01/Accounts/" + credentials.accountSid() + "/Messages.json");
    }

    private Map<String, String> form(TwilioChannel channel, OutgoingText text, TwilioAccount account) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("To", channel.address(text.to().value()));
        Optional<String> from = text.sender().or(account::from);
        if (text.sender().isEmpty() && account.messagingServiceSid().isPresent()) {
            form.put("MessagingServiceSid", account.messagingServiceSid().get());
        } else {
            form.put("From", channel.address(from.orElseThrow()));
        }
        form.put("Body", text.body());
        configuration.statusCallbackUrl(text.deliveryId().toString()).ifPresent(url -> form.put("StatusCallback", url));
        return form;
    }

    private static String encoded(Map<String, String> form) {
        return form.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
