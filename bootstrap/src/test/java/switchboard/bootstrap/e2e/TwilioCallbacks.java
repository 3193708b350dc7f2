package switchboard.bootstrap.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Twilio's status callbacks to a gateway that Twilio knows at {@code publicUrl}, signed as Twilio
 * signs them.
 */
record TwilioCallbacks(GatewayClient client, String publicUrl) {

    /** Posts the callback's form, with the signature when there is one. */
    GatewayClient.Response post(String path, Map<String, String> form, String signature) {
        HttpRequest.Builder request = client.request(path, null).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
                        .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                        .collect(Collectors.joining("&"))));
        return client.send(signature == null ? request : request.header("X-Twilio-Signature", signature));
    }

    /** Twilio's signature, computed here as its documentation says: HMAC-SHA1 of the URL and the sorted fields. */
    String signature(String authToken, String path, Map<String, String> form) {
        StringBuilder signed = new StringBuilder(publicUrl + path);
        new TreeMap<>(form).forEach((name, value) -> signed.append(name).append(value));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(signed.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A port for the gateway chosen before it starts, since Twilio is told the gateway's URL. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
