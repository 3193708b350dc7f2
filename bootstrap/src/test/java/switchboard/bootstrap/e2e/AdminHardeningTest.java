package switchboard.bootstrap.e2e;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Admin API's hardening through the real server: tokens that end with their credential,
 * login throttling and its unlock, login errors as ProblemDetails, security and cache headers,
 * CORS per API, and the audit log.
 */
@MicronautTest(transactional = false)
class AdminHardeningTest extends GatewayTest {

    private static final String JWT_SECRET = "admin-hardening-test-jwt-secret-long-enough";
    private static final String BROWSER_APP = "https://app.example.com";

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("switchboard.security.jwt-secret", JWT_SECRET,
                "switchboard.login.username-failures", "3",
                "switchboard.cors.fliplet.allowed-origins", BROWSER_APP);
    }

    @Test
    void aRevokedAdminsTokenIsRefusedAtOnceAndCreatesNothing() {
        TenantAdmin tenant = newTenantWithAdmin("Revoked");
        String platform = platformAdminToken();
        String username = "ops-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> ops = client.post("/api/v1/tenants/" + tenant.tenantId() + "/credentials",
                "{\"type\":\"admin\",\"username\":\"" + username + "\",\"password\":\"ops password here\"}", platform).json();
        String token = client.login(username, "ops password here");
        assertThat(client.get("/api/v1/tenants/" + tenant.tenantId(), token).status()).isEqualTo(200);

        assertThat(client.delete("/api/v1/tenants/" + tenant.tenantId() + "/credentials/" + ops.get("id"), platform).status())
                .isEqualTo(204);

        GatewayClient.Response read = client.get("/api/v1/tenants/" + tenant.tenantId(), token);
        assertThat(read.status()).isEqualTo(401);
        assertThat(read.header("Content-Type")).startsWith("application/problem+json");
        assertThat(read.header("WWW-Authenticate")).isEqualTo("Bearer");
        GatewayClient.Response create = client.post("/api/v1/tenants/" + tenant.tenantId() + "/credentials",
                "{\"type\":\"admin\",\"username\":\"sneaky\",\"password\":\"sneaky password\"}", token);
        assertThat(create.status()).isEqualTo(401);
        assertThat(client.post("/login", "{\"username\":\"sneaky\",\"password\":\"sneaky password\"}", null).status())
                .isEqualTo(401);
    }

    @Test
    void aNewPasswordEndsTheTokensOfTheOldOne() {
        TenantAdmin tenant = newTenantWithAdmin("New password");
        String username = "ops-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> ops = client.post("/api/v1/tenants/" + tenant.tenantId() + "/credentials",
                "{\"type\":\"admin\",\"username\":\"" + username + "\",\"password\":\"ops password here\"}", tenant.token())
                .json();
        String token = client.login(username, "ops password here");
        String passwordPath = "/api/v1/tenants/" + tenant.tenantId() + "/credentials/" + ops.get("id") + "/password";

        assertThat(client.put(passwordPath, "{\"password\":\"short\"}", tenant.token()).status()).isEqualTo(400);
        assertThat(client.put(passwordPath, "{\"password\":\"the new ops password\"}", tenant.token()).status()).isEqualTo(204);

        assertThat(client.get("/api/v1/tenants/" + tenant.tenantId(), token).status()).isEqualTo(401);
        assertThat(client.post("/login", "{\"username\":\"" + username + "\",\"password\":\"ops password here\"}", null)
                .status()).isEqualTo(401);
        assertThat(client.get("/api/v1/tenants/" + tenant.tenantId(), client.login(username, "the new ops password")).status())
                .isEqualTo(200);
    }

    @Test
    void tokensWithoutTheCredentialClaimsOrWithTimesAheadAreRefused() throws Exception {
        Map<String, Object> real = claims(platformAdminToken());
        Instant now = Instant.now();

        assertThat(status(forged(real, now, now))).as("the claims of a real token, signed again").isEqualTo(200);
        assertThat(status(forged(real, now.plus(1, ChronoUnit.HOURS), now))).as("nbf an hour ahead").isEqualTo(401);
        assertThat(status(forged(real, now, now.plus(1, ChronoUnit.HOURS)))).as("iat an hour ahead").isEqualTo(401);
        Map<String, Object> withoutCredential = new HashMap<>(real);
        withoutCredential.remove("credential");
        assertThat(status(forged(withoutCredential, now, now))).as("a token of before the credential claim").isEqualTo(401);
    }

    @Test
    void aUsernameIsLockedAfterItsFailuresUntilThePlatformAdminUnlocksIt() {
        TenantAdmin tenant = newTenantWithAdmin("Guessed");
        String username = "guessed-" + UUID.randomUUID().toString().substring(0, 8);
        client.post("/api/v1/tenants/" + tenant.tenantId() + "/credentials",
                "{\"type\":\"admin\",\"username\":\"" + username + "\",\"password\":\"right password\"}", tenant.token());
        String right = "{\"username\":\"" + username + "\",\"password\":\"right password\"}";
        for (int guess = 0; guess < 3; guess++) {
            GatewayClient.Response wrong = client.post("/login", "{\"username\":\"" + username + "\",\"password\":\"guess " + guess
                    + "\"}", null);
            assertThat(wrong.status()).isEqualTo(401);
            assertProblem(wrong);
        }

        GatewayClient.Response locked = client.post("/login", right, null);
        assertThat(locked.status()).as("the right password, while locked").isEqualTo(429);
        assertProblem(locked);
        assertThat(Integer.parseInt(locked.header("Retry-After"))).isBetween(1, 15 * 60);

        assertThat(client.delete("/api/v1/login-locks/usernames/" + username, tenant.token()).status())
                .as("a tenant admin may not unlock").isEqualTo(403);
        assertThat(client.delete("/api/v1/login-locks/usernames/" + username, platformAdminToken()).status()).isEqualTo(204);
        assertThat(client.post("/login", right, null).status()).isEqualTo(200);
    }

    @Test
    void everyLoginErrorIsProblemDetails() {
        List<GatewayClient.Response> answers = List.of(
                client.post("/login", "{\"username\":\"admin\",", null),
                client.post("/login", "{\"username\":\"admin\"}", null),
                client.post("/login", "{\"username\":[1],\"password\":\"x\"}", null),
                client.post("/login", "[]", null),
                client.send(client.request("/login", null).header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString("admin:password"))),
                client.send(client.request("/login", null).GET()),
                client.post("/login", "{\"username\":\"nobody-here\",\"password\":\"wrong\"}", null));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.toString()).isBetween(400, 499);
            assertProblem(answer);
        });
        GatewayClient.Response form = client.send(client.request("/login", null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + ADMIN + "&password=" + ADMIN_PASSWORD.replace(' ', '+'))));
        assertThat(form.status()).as("a form, as Micronaut's login took").isEqualTo(200);
    }

    @Test
    void everyAnswerIsNosniffAndTokenAndAdminAnswersAreNeverStored() {
        GatewayClient.Response login = client.post("/login", "{\"username\":\"" + ADMIN + "\",\"password\":\"" + ADMIN_PASSWORD
                + "\"}", null);
        String token = (String) login.json().get("access_token");
        List<GatewayClient.Response> adminAnswers = List.of(login, client.get("/api/v1/tenants/default", token),
                client.get("/api/v1/tenants/default", null), client.post("/login", "{}", null));
        assertThat(adminAnswers).allSatisfy(answer -> {
            assertThat(answer.header("Cache-Control")).as(answer.toString()).isEqualTo("no-store");
            assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        });

        TenantAdmin tenant = newTenantWithAdmin("Headers");
        Map<String, Object> oauth = credential(tenant, "{\"type\":\"capillary-oauth\"}");
        GatewayClient.Response capillaryToken = client.post("/v3/oauth/token/generate", "{\"key\":\"" + oauth.get("key")
                + "\",\"secret\":\"" + oauth.get("secret") + "\"}", null);
        assertThat(capillaryToken.status()).isEqualTo(200);
        assertThat(capillaryToken.header("Cache-Control")).isEqualTo("no-store");
        assertThat(List.of(capillaryToken, client.post("/v1/communicate/sms", "{}", null), client.get("/no/such/route", null),
                client.get("/health", null))).allSatisfy(answer -> {
                    assertThat(answer.header("X-Content-Type-Options")).as(answer.toString()).isEqualTo("nosniff");
                    assertThat(answer.header("Strict-Transport-Security")).as("not over TLS").isNull();
                });
    }

    @Test
    void aBrowserAppOfAnAllowedOriginCallsItsApiAndNoOtherOriginOrApiIsAllowed() {
        String flipletToken = (String) credential(newTenantWithAdmin("Browser"), "{\"type\":\"fliplet-token\"}").get("token");

        GatewayClient.Response preflight = preflight("/v1/communicate/sms", BROWSER_APP, "auth-token, content-type");
        assertThat(preflight.status()).isEqualTo(200);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo(BROWSER_APP);
        assertThat(preflight.header("Access-Control-Allow-Methods")).contains("POST");
        assertThat(preflight.header("Access-Control-Allow-Headers")).isEqualTo("auth-token, content-type");

        GatewayClient.Response sent = client.send(client.request("/v1/communicate/sms", null).header("Origin", BROWSER_APP)
                .header("Content-Type", "application/json").header("Auth-token", flipletToken)
                .POST(HttpRequest.BodyPublishers.ofString("{\"provider\":\"twilio\",\"data\":{\"to\":\"+14155550100\","
                        + "\"body\":\"Hi\"}}")));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
        assertThat(sent.header("Access-Control-Allow-Origin")).isEqualTo(BROWSER_APP);
        assertThat(sent.header("Access-Control-Expose-Headers")).contains("Retry-After");

        GatewayClient.Response foreign = preflight("/v1/communicate/sms", "https://evil.example", "auth-token");
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.header("Access-Control-Allow-Origin")).isNull();
        GatewayClient.Response admin = preflight("/api/v1/tenants/default", BROWSER_APP, "authorization");
        assertThat(admin.status()).as("the Admin API allows no origin by default").isEqualTo(403);
        assertThat(admin.header("Access-Control-Allow-Origin")).isNull();
        GatewayClient.Response foreignRead = client.send(client.request("/api/v1/tenants/default", platformAdminToken())
                .header("Origin", BROWSER_APP).GET());
        assertThat(foreignRead.header("Access-Control-Allow-Origin")).as("the browser keeps the answer from the page").isNull();
    }

    @Test
    void everyAdminChangeIsAuditedWithoutSecretsAndTenantAdminsReadTheirOwn() {
        TenantAdmin tenant = newTenantWithAdmin("Audited");
        TenantAdmin other = newTenantWithAdmin("Other audited");
        String path = "/api/v1/tenants/" + tenant.tenantId();
        client.post(path + "/credentials", "{\"type\":\"admin\",\"username\":\"audited-" + UUID.randomUUID().toString()
                .substring(0, 8) + "\",\"password\":\"secret password 42\"}", tenant.token());
        client.put(path + "/templates/welcome", "{\"name\":\"W\",\"subject\":\"Hi\",\"text\":\"Hello\"}", tenant.token());
        client.put(path + "/retention", "{\"retention\":\"P7D\"}", tenant.token());
        client.delete(path + "/suppressions?channel=push&address=gone", tenant.token());

        GatewayClient.Response log = client.get(path + "/audit", tenant.token());
        assertThat(log.status()).isEqualTo(200);
        assertThat(log.body()).doesNotContain("secret password 42");
        List<Object> entries = log.jsonList("entries");
        assertThat(entries).extracting(field("action")).contains(
                "POST /api/v1/tenants/{tenantId}/credentials", "PUT /api/v1/tenants/{tenantId}/templates/{templateId}",
                "PUT /api/v1/tenants/{tenantId}/retention", "DELETE /api/v1/tenants/{tenantId}/suppressions");
        Map<String, Object> refused = object(entries.stream().filter(entry -> object(entry).get("action")
                .equals("PUT /api/v1/tenants/{tenantId}/retention")).findFirst().orElseThrow());
        assertThat(refused).containsEntry("status", 403).containsEntry("tenantId", tenant.tenantId())
                .containsEntry("actorTenantId", tenant.tenantId()).containsEntry("address", "127.0.0.1")
                .containsEntry("target", path + "/retention");
        assertThat(entries).extracting(field("tenantId")).containsOnly(tenant.tenantId());

        assertThat(client.get(path + "/audit?action=PUT&limit=1", tenant.token()).json()).containsEntry("total", 2);
        assertThat(client.get("/api/v1/tenants/" + other.tenantId() + "/audit", tenant.token()).status()).isEqualTo(403);
        assertThat(client.get("/api/v1/audit", tenant.token()).status()).isEqualTo(403);
        assertThat(client.get("/api/v1/audit?action=POST%20/api/v1/tenants&limit=1000", platformAdminToken()).jsonList("entries"))
                .extracting(field("target")).contains("/api/v1/tenants");
        assertThat(client.get(path + "/audit?from=yesterday", tenant.token()).status()).isEqualTo(400);
    }

    private GatewayClient.Response preflight(String path, String origin, String headers) {
        return client.send(client.request(path, null).header("Origin", origin).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", headers).method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    }

    private int status(String token) {
        return client.get("/api/v1/tenants/default", token).status();
    }

    private Map<String, Object> claims(String token) throws Exception {
        return SignedJWT.parse(token).getJWTClaimsSet().getClaims();
    }

    private static String forged(Map<String, Object> claims, Instant notBefore, Instant issuedAt) throws Exception {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder();
        claims.forEach(builder::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), builder.notBeforeTime(Date.from(notBefore))
                .issueTime(Date.from(issuedAt)).expirationTime(Date.from(Instant.now().plus(1, ChronoUnit.HOURS))).build());
        jwt.sign(new MACSigner(JWT_SECRET));
        return jwt.serialize();
    }

    private static void assertProblem(GatewayClient.Response answer) {
        assertThat(answer.header("Content-Type")).as(answer.toString()).startsWith("application/problem+json");
        assertThat(answer.json()).containsKeys("title", "status", "detail");
    }
}
