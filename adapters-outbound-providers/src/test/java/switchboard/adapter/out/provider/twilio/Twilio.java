package switchboard.adapter.out.provider.twilio;

import io.micronaut.serde.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import switchboard.domain.provider.ProviderAccount;

/** Accounts and configurations for the Twilio tests, and Twilio's documented answers. */
final class Twilio {

    static final String GATEWAY_SID = "AC0123456789abcdef0123456789abcdef";
    static final String GATEWAY_TOKEN = "gateway-auth-token";
    static final String TENANT_SID = "ACfedcba9876543210fedcba9876543210";
    static final String TENANT_TOKEN = "tenant-auth-token";
    static final String MESSAGE_SID = "SM1f0e0f3c4b7d4e6a9a2b3c4d5e6f7a8b";
    static final String SERVICE_SID = "MG9752274e9e519418a7406176694466fa";
    static final String PUBLIC_URL = "https://switchboard.example.com";

    /** A 201 answer as Twilio's API reference prints it. */
    static final String CREATED = """
            {"account_sid":"AC0123456789abcdef0123456789abcdef","api_version":"2010-04-01","body":"Hi there",
             "date_created":"Thu, 24 Aug 2023 05:01:45 +0000","date_sent":null,
             "date_updated":"Thu, 24 Aug 2023 05:01:45 +0000","direction":"outbound-api","error_code":null,
             "error_message":null,"from":"+14155552345","num_media":"0","num_segments":"1","price":null,
             "price_unit":null,"messaging_service_sid":null,"sid":"SM1f0e0f3c4b7d4e6a9a2b3c4d5e6f7a8b",
             "status":"queued",
             "subresource_uris":{"media":
               "/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages/SM1f0e0f3c4b7d4e6a9a2b3c4d5e6f7a8b/Media.json"},
             "to":"+14155550100",
             "uri":"/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages/SM1f0e0f3c4b7d4e6a9a2b3c4d5e6f7a8b.json"}""";

    private Twilio() {
    }

    /** The gateway's account with an SMS and a WhatsApp number, sending to {@code baseUrl}. */
    static TwilioConfiguration gatewayConfiguration(String baseUrl) {
        return configuration(baseUrl, "+14155550199", null, "+14155238886", PUBLIC_URL);
    }

    static TwilioConfiguration configuration(String baseUrl, String from, String messagingServiceSid, String whatsappFrom,
                                             String statusCallbackBaseUrl) {
        return new TwilioConfiguration(baseUrl, GATEWAY_SID, GATEWAY_TOKEN, from, messagingServiceSid, whatsappFrom,
                statusCallbackBaseUrl, Duration.ofSeconds(2), Duration.ofSeconds(2));
    }

    static TwilioMessages messages(TwilioConfiguration configuration) {
        return new TwilioMessages(configuration, ObjectMapper.getDefault());
    }

    /** The Authorization header of requests made with the account, written here apart from the production code. */
    static String basic(String accountSid, String authToken) {
        return "Basic " + Base64.getEncoder().encodeToString((accountSid + ":" + authToken).getBytes(StandardCharsets.UTF_8));
    }

    /** Twilio's error body: {@code {code, message, more_info, status}}. */
    static String error(int code, String message, int status) {
        return "{\"code\":" + code + ",\"message\":\"" + message + "\",\"more_info\":\"https://www.twilio.com/docs/errors/" + code
                + "\",\"status\":" + status + "}";
    }

    /**
     * The signature Twilio computes, written here apart from the production code: the URL, then
     * name and value of each parameter in the order of their names, HMAC-SHA1 with the auth token.
     */
    static String signature(String authToken, String url, Map<String, String> parameters) {
        String signed = url + parameters.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(parameter -> parameter.getKey() + parameter.getValue()).collect(Collectors.joining());
        try {
            Mac hmac = Mac.getInstance("HmacSHA1");
            hmac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(hmac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    /** A tenant's account as the core keeps it: settings and secrets. */
    static ProviderAccount tenantAccount(Map<String, String> moreSettings) {
        Map<String, String> settings = new HashMap<>(moreSettings);
        settings.put("accountSid", TENANT_SID);
        return new ProviderAccount(settings, Map.of("authToken", TENANT_TOKEN));
    }
}
