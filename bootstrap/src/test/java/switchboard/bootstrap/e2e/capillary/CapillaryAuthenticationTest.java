package switchboard.bootstrap.e2e.capillary;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

import switchboard.bootstrap.e2e.GatewayClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Basic and OAuth authentication of Capillary clients, and the 401 and 403 answers in Capillary's envelope. */
@MicronautTest(transactional = false)
class CapillaryAuthenticationTest extends CapillaryTest {

    private static final String JWT_SECRET = "a signing key known to this test, long enough";
    private static final String ONE_SMS = "{\"sms\": [{\"to\": \"919591471711\", \"body\": \"Your code is 1234\"}]}";
    private static final String SEND = "/v2/communications/sendMessage?channel=sms";
    private static final String GENERATE = "/v3/oauth/token/generate";
    private static final String UNAUTHORIZED = "Unauthorized: send Basic base64(username:md5(password)), or an"
            + " X-CAP-API-OAUTH-TOKEN from POST /v3/oauth/token/generate that has not expired.";

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("switchboard.security.jwt-secret", JWT_SECRET);
    }

    @Test
    void basicAuthenticationTakesTheMd5OfThePasswordInEitherCase() {
        CapillaryTenant tenant = newCapillaryTenant("Capillary basic");
        String upperCase = "Basic " + Base64.getEncoder().encodeToString((tenant.username() + ":" + md5Hex(PASSWORD).toUpperCase())
                .getBytes(StandardCharsets.UTF_8));

        assertThat(post(SEND, ONE_SMS, "Authorization", tenant.basic()).status()).isEqualTo(200);
        assertThat(post(SEND, ONE_SMS, "Authorization", upperCase).status()).isEqualTo(200);
    }

    @Test
    void missingOrWrongCredentialsAre401InCapillarysEnvelope() {
        CapillaryTenant tenant = newCapillaryTenant("Capillary wrong credentials");
        String plainPassword = "Basic " + Base64.getEncoder().encodeToString((tenant.username() + ":" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));

        for (GatewayClient.Response response : List.of(post(SEND, ONE_SMS),
                post(SEND, ONE_SMS, "Authorization", capillaryBasic(tenant.username(), "wrong password")),
                post(SEND, ONE_SMS, "Authorization", plainPassword),
                post(SEND, ONE_SMS, "Authorization", capillaryBasic("nobody", PASSWORD)),
                post(SEND, ONE_SMS, "Authorization", "Basic not-base64"),
                post(SEND, ONE_SMS, "Authorization", "Bearer " + platformAdminToken()))) {
            assertThat(response.status()).as(response.body()).isEqualTo(401);
            assertThat(response.json()).isEqualTo(refusal(401, UNAUTHORIZED));
            assertThat(response.header("WWW-Authenticate")).startsWith("Basic realm=\"Capillary\"");
        }
    }

    @Test
    void aUserWithoutWriteOnCommunicationIs403() {
        TenantAdmin admin = newTenantWithAdmin("Capillary reader");
        createCredential(admin, "{\"type\":\"capillary-basic\",\"username\":\"reader-only\",\"password\":\"" + PASSWORD
                + "\",\"access\":{\"Communication\":\"READ\"}}");

        GatewayClient.Response response = post(SEND, ONE_SMS, "Authorization", capillaryBasic("reader-only", PASSWORD));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json()).isEqualTo(refusal(403,
                "Forbidden: this credential has no WRITE access to the Communication access group."));
    }

    @Test
    void aRevokedUserIsRefusedAtOnceThoughItsLastCheckIsRemembered() {
        CapillaryTenant tenant = newCapillaryTenant("Capillary revoked user");
        assertThat(post(SEND, ONE_SMS, "Authorization", tenant.basic()).status()).isEqualTo(200);

        revoke(tenant.admin(), tenant.credential().get("id"));

        assertThat(post(SEND, ONE_SMS, "Authorization", tenant.basic()).status()).isEqualTo(401);
    }

    @Test
    void anOAuthClientsKeyAndSecretBuyATokenForFiveMinutes() {
        TenantAdmin admin = newTenantWithAdmin("Capillary OAuth");
        Map<String, Object> client = createCredential(admin, "{\"type\":\"capillary-oauth\"}");

        GatewayClient.Response generated = post(GENERATE, keyAndSecret(client));

        assertThat(generated.status()).isEqualTo(200);
        Map<String, Object> answer = generated.json();
        assertThat(answer).containsOnlyKeys("data", "errors").containsEntry("errors", null);
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) answer.get("data");
        assertThat(data).containsOnlyKeys("accessToken", "ttlSeconds").containsEntry("ttlSeconds", 300);
        String token = (String) data.get("accessToken");
        GatewayClient.Response sent = post(SEND, ONE_SMS, OAUTH_HEADER, token);
        assertThat(sent.status()).isEqualTo(200);
        assertThat(((Map<?, ?>) sent.json().get("status")).get("successCount")).isEqualTo(1);
    }

    @Test
    void theTokenApiRefusesAWrongSecretAndAnIncompleteBodyInItsOwnShape() {
        TenantAdmin admin = newTenantWithAdmin("Capillary OAuth refusals");
        Map<String, Object> client = createCredential(admin, "{\"type\":\"capillary-oauth\"}");

        GatewayClient.Response wrong = post(GENERATE, "{\"key\":\"" + client.get("key") + "\",\"secret\":\"sbs_wrong\"}");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json()).isEqualTo(json("""
                {"data": null, "errors": [{"status": false, "code": 401,
                  "message": "Unauthorized: the key and secret do not match an API client."}]}"""));
        GatewayClient.Response incomplete = post(GENERATE, "{\"key\":\"" + client.get("key") + "\"}");
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.json()).isEqualTo(json("""
                {"data": null, "errors": [{"status": false, "code": 7001, "message": "Both 'key' and 'secret' are required."}]}"""));
        GatewayClient.Response malformed = post(GENERATE, "{\"key\":");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("errors")).isEqualTo(List.of(Map.of("status", false, "code", 7001,
                "message", "The body could not be read: it is not JSON of the documented shape.")));
    }

    @Test
    void expiredForgedAndForeignTokensAre401() throws Exception {
        TenantAdmin admin = newTenantWithAdmin("Capillary bad tokens");
        String token = tokenFor(createCredential(admin, "{\"type\":\"capillary-oauth\"}"));
        JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();
        JWTClaimsSet expired = new JWTClaimsSet.Builder(claims).expirationTime(Date.from(Instant.now().minusSeconds(1))).build();
        JWTClaimsSet withoutAudience = new JWTClaimsSet.Builder(claims).audience((String) null).build();
        String[] parts = token.split("\\.");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                new JWTClaimsSet.Builder(claims).subject("sbk_someone_else").build().toString().getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];

        assertThat(post(SEND, ONE_SMS, OAUTH_HEADER, sign(claims, JWT_SECRET)).status()).as("the control").isEqualTo(200);
        for (String bad : List.of(sign(expired, JWT_SECRET), sign(claims, "another key, just as long as the real one"),
                sign(withoutAudience, JWT_SECRET), tampered, platformAdminToken(), "not a token")) {
            GatewayClient.Response response = post(SEND, ONE_SMS, OAUTH_HEADER, bad);
            assertThat(response.status()).as(bad).isEqualTo(401);
            assertThat(response.json()).isEqualTo(refusal(401, UNAUTHORIZED));
        }
    }

    @Test
    void aBadTokenIsRefusedEvenBesideGoodBasicCredentials() {
        CapillaryTenant tenant = newCapillaryTenant("Capillary token first");
        assertThat(post(SEND, ONE_SMS, "Authorization", tenant.basic()).status()).as("the Basic credentials alone").isEqualTo(200);

        assertThat(post(SEND, ONE_SMS, "Authorization", tenant.basic(), OAUTH_HEADER, "expired or forged").status())
                .isEqualTo(401);
    }

    @Test
    void aTokenStopsWorkingWhenItsClientIsRevoked() {
        TenantAdmin admin = newTenantWithAdmin("Capillary revoked client");
        Map<String, Object> client = createCredential(admin, "{\"type\":\"capillary-oauth\"}");
        String token = tokenFor(client);
        assertThat(post(SEND, ONE_SMS, OAUTH_HEADER, token).status()).isEqualTo(200);

        revoke(admin, client.get("id"));

        assertThat(post(SEND, ONE_SMS, OAUTH_HEADER, token).status()).isEqualTo(401);
        assertThat(post(GENERATE, keyAndSecret(client)).status()).isEqualTo(401);
    }

    @Test
    void aClientWithoutWriteOnCommunicationGetsATokenButMayNotSend() {
        TenantAdmin admin = newTenantWithAdmin("Capillary read-only client");
        String token = tokenFor(createCredential(admin, "{\"type\":\"capillary-oauth\",\"access\":{\"Communication\":\"READ\"}}"));

        assertThat(post(SEND, ONE_SMS, OAUTH_HEADER, token).status()).isEqualTo(403);
    }

    @Test
    void capillaryTokensAreNotAdminTokens() {
        TenantAdmin admin = newTenantWithAdmin("Capillary token on admin routes");
        String token = tokenFor(createCredential(admin, "{\"type\":\"capillary-oauth\"}"));

        assertThat(client.get("/api/v1/tenants/" + admin.tenantId(), token).status()).isEqualTo(401);
        assertThat(client.get("/api/v1/tenants/" + admin.tenantId(), admin.token()).status()).as("the control").isEqualTo(200);
    }

    private String tokenFor(Map<String, Object> oauthClient) {
        GatewayClient.Response generated = post(GENERATE, keyAndSecret(oauthClient));
        assertThat(generated.status()).as(generated.body()).isEqualTo(200);
        return (String) ((Map<?, ?>) generated.json().get("data")).get("accessToken");
    }

    private static String keyAndSecret(Map<String, Object> oauthClient) {
        return "{\"key\":\"" + oauthClient.get("key") + "\",\"secret\":\"" + oauthClient.get("secret") + "\"}";
    }

    private static String sign(JWTClaimsSet claims, String secret) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }

    private Map<String, Object> refusal(int code, String message) {
        return Map.of("status", Map.of("count", 0, "successCount", 0, "warnings", List.of(), "warningsAsStatusCode", List.of(),
                "message", message, "code", code, "success", false, "statusCode", Map.of("status", false, "message", message,
                        "code", code)));
    }
}
