package switchboard.adapter.out.provider.twilio;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * {@code switchboard.twilio.*}. The gateway's own account is optional: without one, only
 * messages sent with a tenant's or a caller's own account go to Twilio. A mistake in it (a SID
 * without a token, a malformed SID or URL) stops the gateway at startup rather than failing
 * every message later.
 *
 * @param baseUrl               where the Messages API is; Twilio's unless a test says otherwise
 * @param accountSid            the gateway's account
 * @param authToken             the gateway's account's token
 * @param from                  the gateway's SMS sender: a number in E.164, or an alphanumeric sender ID
 * @param messagingServiceSid   the gateway's Messaging Service, used when a message names no sender
 * @param whatsappFrom          the gateway's WhatsApp sender number
 * @param statusCallbackBaseUrl the gateway's public URL, as Twilio reaches it; without it Twilio is
 *                              not asked for status callbacks, and those it sends anyway are refused
 */
@ConfigurationProperties("switchboard.twilio")
@Requires(property = "switchboard.twilio.enabled", value = "true")
public record TwilioConfiguration(@Bindable(defaultValue = "https://api.twilio.com") String baseUrl,
                                  @Nullable String accountSid,
                                  @Nullable String authToken,
                                  @Nullable String from,
                                  @Nullable String messagingServiceSid,
                                  @Nullable String whatsappFrom,
                                  @Nullable String statusCallbackBaseUrl,
                                  @Bindable(defaultValue = "5s") Duration connectTimeout,
                                  @Bindable(defaultValue = "10s") Duration readTimeout) {

    /**
     * The path of the status callback route below the gateway's public URL: where the callbacks
     * module's {@code TwilioStatusCallbackController} answers.
     */
    static final String CALLBACK_PATH = "/callbacks/twilio/";

    public TwilioConfiguration {
        baseUrl = httpUrl("base-url", baseUrl);
        accountSid = blankToNull(accountSid);
        authToken = blankToNull(authToken);
        from = blankToNull(from);
        messagingServiceSid = blankToNull(messagingServiceSid);
        whatsappFrom = blankToNull(whatsappFrom);
        statusCallbackBaseUrl = statusCallbackBaseUrl == null || statusCallbackBaseUrl.isBlank() ? null
                : httpUrl("status-callback-base-url", statusCallbackBaseUrl);
        if ((accountSid == null) != (authToken == null)) {
            throw new IllegalArgumentException("switchboard.twilio.account-sid and switchboard.twilio.auth-token go together");
        }
        if (accountSid != null) {
            new TwilioCredentials(accountSid, authToken); // refuses a malformed SID now, not at the first message
        }
    }

    /** The gateway's own credentials, when it has an account. */
    Optional<TwilioCredentials> gatewayCredentials() {
        return accountSid == null ? Optional.empty() : Optional.of(new TwilioCredentials(accountSid, authToken));
    }

    /** The gateway's own account for the channel, with the channel's sender. */
    Optional<TwilioAccount> gatewayAccount(TwilioChannel channel) {
        Optional<String> sender = Optional.ofNullable(channel == TwilioChannel.WHATSAPP ? whatsappFrom : from);
        return gatewayCredentials().map(credentials -> new TwilioAccount(credentials, sender,
                Optional.ofNullable(messagingServiceSid)));
    }

    /** Where Twilio is to report on the delivery. */
    Optional<String> statusCallbackUrl(String deliveryId) {
        return Optional.ofNullable(statusCallbackBaseUrl).map(base -> base + CALLBACK_PATH + deliveryId);
    }

    /**
     * The URLs a report on the delivery may be signed for: the status callback URL, and the same
     * with the scheme's default port written out, or left out if it is written: Twilio signs
     * either form, and its own libraries accept both.
     */
    List<String> signedCallbackUrls(String deliveryId) {
        Optional<String> callback = statusCallbackUrl(deliveryId);
        if (callback.isEmpty()) {
            return List.of();
        }
        URI base = URI.create(statusCallbackBaseUrl);
        String authority = base.getRawAuthority();
        int defaultPort = "https".equals(base.getScheme()) ? 443 : 80;
        String otherAuthority;
        if (base.getPort() == -1) {
            otherAuthority = authority + ":" + defaultPort;
        } else if (base.getPort() == defaultPort) {
            otherAuthority = authority.substring(0, authority.lastIndexOf(':'));
        } else {
            return List.of(callback.get());
        }
        String origin = base.getScheme() + "://";
        return List.of(callback.get(), origin + otherAuthority + callback.get().substring(origin.length() + authority.length()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** An absolute http(s) URL without a trailing slash. */
    private static String httpUrl(String key, String value) {
        String url = value == null ? "" : value.strip().replaceAll("/+$", "");
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("switchboard.twilio." + key + " is not a URL: " + url, e);
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("switchboard.twilio." + key + " must be an http or https URL without query: "
                    + url);
        }
        return url;
    }

    @Override
    public String toString() {
        return "TwilioConfiguration[" + baseUrl + ", account " + accountSid + ", auth token hidden]";
    }
}
