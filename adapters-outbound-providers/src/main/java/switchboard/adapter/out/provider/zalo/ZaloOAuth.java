package switchboard.adapter.out.provider.zalo;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import switchboard.adapter.out.provider.support.JsonBodies;
import switchboard.adapter.out.provider.support.ProviderFailure;
import switchboard.adapter.out.provider.support.ProviderHttpClient;

/**
 * Zalo's OAuth server: {@code POST {oauth}/v4/oa/access_token} with the app's {@code secret_key}
 * header and the form {@code app_id, grant_type=refresh_token, refresh_token} gives a new access
 * token and a new refresh token; the one sent is used up.
 */
final class ZaloOAuth {

    private final ProviderHttpClient http;
    private final JsonBodies json;
    private final URI tokenUri;

    ZaloOAuth(ProviderHttpClient http, JsonBodies json, URI oauthBaseUrl) {
        this.http = http;
        this.json = json;
        this.tokenUri = ProviderHttpClient.endpoint(oauthBaseUrl, "/v4/oa/access_token");
    }

    /**
     * @throws ProviderFailure deferred when the server could not answer (5xx, 429, no connection),
     *                         rejected when it refused (a used or revoked refresh token, a wrong
     *                         app id or secret key: the same request would be refused again)
     */
    ZaloGrant refresh(ZaloAccount account, String refreshToken) throws ProviderFailure {
        String form = "app_id=" + encode(account.appId()) + "&grant_type=refresh_token&refresh_token=" + encode(refreshToken);
        HttpResponse<byte[]> response = http.send(http.request(tokenUri)
                .header("secret_key", account.secretKey())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)).build(), "Zalo OAuth");
        Optional<ZaloGrant> grant = json.read(response.body(), ZaloGrant.class);
        int status = response.statusCode();
        if (status == 200 && grant.filter(ZaloGrant::granted).isPresent()) {
            return grant.get();
        }
        String failure = "Zalo OAuth refused a new access token for app " + account.appId() + " (HTTP " + status + "): "
                + grant.map(ZaloGrant::describeError).orElse("unreadable answer");
        throw status >= 500 || status == 429 ? ProviderFailure.deferred(failure) : ProviderFailure.rejected(failure);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
