package switchboard.bootstrap.e2e.guard;

import org.junit.jupiter.api.Test;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

import java.util.Map;

import switchboard.bootstrap.e2e.GatewayClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A suspended tenant's credentials are refused by every API as it refuses a credential it does
 * not know, until the tenant is resumed; a deleted tenant's the same, and the tenant reads as 404.
 */
@MicronautTest(transactional = false)
class TenantLifecycleTest extends GuardTest {

    private static final String OAUTH_SEND = "/v2/communications/sendMessage?channel=sms";
    private static final String OAUTH_HEADER = "X-CAP-API-OAUTH-TOKEN";

    @Test
    void aSuspendedTenantIsRefusedByEveryApiUntilItIsResumed() {
        Tenant other = newTenant("Unaffected");
        Map<String, Object> oauthClient = credential(tenant.admin(), "{\"type\":\"capillary-oauth\"}");
        String accessToken = accessToken(oauthClient);
        for (Endpoint endpoint : Endpoint.values()) {
            assertThat(send(tenant, endpoint).status()).as("%s before", endpoint).isEqualTo(200);
        }
        assertThat(oauthSend(accessToken).status()).isEqualTo(200);

        GatewayClient.Response suspended = client.put(suspensionPath(), "", platformAdminToken());

        assertThat(suspended.status()).as(suspended.toString()).isEqualTo(200);
        assertThat(suspended.json()).containsEntry("id", tenant.admin().tenantId()).containsKey("suspendedAt");
        for (Endpoint endpoint : Endpoint.values()) {
            GatewayClient.Response refused = send(tenant, endpoint);
            if (endpoint == Endpoint.ADMIN) {
                assertRefusal(endpoint, refused, 401, "suspended");
            } else {
                assertRefusal(endpoint, refused, 401, "");
                assertThat(refused.json()).as("%s refuses it as it refuses an unknown credential", endpoint)
                        .isEqualTo(unknownCaller(endpoint).json());
            }
            assertThat(send(other, endpoint).status()).as("%s for another tenant", endpoint).isEqualTo(200);
        }
        assertThat(oauthSend(accessToken).status()).isEqualTo(401);
        assertThat(client.post("/v3/oauth/token/generate", keyAndSecret(oauthClient), null).status()).isEqualTo(401);
        assertThat(client.get("/api/v1/tenants/" + tenant.admin().tenantId(), platformAdminToken()).json())
                .containsEntry("suspendedAt", suspended.json().get("suspendedAt"));

        GatewayClient.Response resumed = client.delete(suspensionPath(), platformAdminToken());

        assertThat(resumed.status()).as(resumed.toString()).isEqualTo(200);
        assertThat(resumed.json()).doesNotContainKey("suspendedAt");
        for (Endpoint endpoint : Endpoint.values()) {
            assertThat(send(tenant, endpoint).status()).as("%s after", endpoint).isEqualTo(200);
        }
        assertThat(oauthSend(accessToken).status()).isEqualTo(200);
    }

    @Test
    void onlyThePlatformAdminSuspendsResumesOrDeletesATenantAndNeverItsOwn() {
        String tenantPath = "/api/v1/tenants/" + tenant.admin().tenantId();
        TenantAdmin stranger = newTenantWithAdmin("Someone else");

        for (String token : new String[] {tenant.admin().token(), stranger.token()}) {
            assertThat(client.put(tenantPath + "/suspension", "", token).status()).isEqualTo(403);
            assertThat(client.delete(tenantPath + "/suspension", token).status()).isEqualTo(403);
            assertThat(client.delete(tenantPath, token).status()).isEqualTo(403);
        }
        GatewayClient.Response own = client.put("/api/v1/tenants/default/suspension", "", platformAdminToken());
        assertThat(own.status()).as(own.toString()).isEqualTo(409);
        assertThat((String) own.json().get("detail")).contains("platform admin");
        assertThat(client.delete("/api/v1/tenants/default", platformAdminToken()).status()).isEqualTo(409);
        assertThat(client.put("/api/v1/tenants/no-such-tenant/suspension", "", platformAdminToken()).status()).isEqualTo(404);
        assertThat(send(tenant, Endpoint.FLIPLET_EMAIL).status()).as("nothing changed").isEqualTo(200);
    }

    @Test
    void aDeletedTenantReadsAsNotFoundAndItsCredentialsAreRefused() throws InterruptedException {
        assertThat(send(tenant, Endpoint.FLIPLET_EMAIL).status()).isEqualTo(200);
        awaitOutboxEmpty(tenant.admin().token());
        String path = "/api/v1/tenants/" + tenant.admin().tenantId();
        String platform = platformAdminToken();
        assertThat(client.put(path + "/suspension", "", platform).status()).isEqualTo(200);
        assertThat(client.delete(path + "/suspension", platform).status()).isEqualTo(200);

        GatewayClient.Response deleted = client.delete(path, platform);

        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
        assertThat(client.get(path, platformAdminToken()).status()).isEqualTo(404);
        assertThat(client.get(path + "/messages", platformAdminToken()).status()).isEqualTo(404);
        for (Endpoint endpoint : Endpoint.values()) {
            assertRefusal(endpoint, send(tenant, endpoint), 401, "");
        }
        assertThat(client.delete(path, platformAdminToken()).status()).isEqualTo(404);
        assertThat(client.get("/api/v1/audit?tenantId=" + tenant.admin().tenantId(), platform).jsonList("entries"))
                .as("the audit log keeps what was done to it")
                .extracting(entry -> object(entry).get("action") + " " + object(entry).get("status"))
                .containsSubsequence("DELETE /api/v1/tenants/{tenantId} 404", "DELETE /api/v1/tenants/{tenantId} 204",
                        "DELETE /api/v1/tenants/{tenantId}/suspension 200", "PUT /api/v1/tenants/{tenantId}/suspension 200");
    }

    /** A dialect's answer to a credential it does not know. */
    private GatewayClient.Response unknownCaller(Endpoint endpoint) {
        return send(new Tenant(tenant.admin(), "not a token", "not a key", GatewayClient.capillaryBasic("nobody", "x")), endpoint);
    }

    private String suspensionPath() {
        return "/api/v1/tenants/" + tenant.admin().tenantId() + "/suspension";
    }

    private String accessToken(Map<String, Object> oauthClient) {
        GatewayClient.Response generated = client.post("/v3/oauth/token/generate", keyAndSecret(oauthClient), null);
        assertThat(generated.status()).as(generated.toString()).isEqualTo(200);
        return (String) object(generated.json().get("data")).get("accessToken");
    }

    private GatewayClient.Response oauthSend(String accessToken) {
        return client.postWithHeaders(OAUTH_SEND, CAPILLARY_SMS, OAUTH_HEADER, accessToken);
    }

    private static String keyAndSecret(Map<String, Object> oauthClient) {
        return "{\"key\":\"" + oauthClient.get("key") + "\",\"secret\":\"" + oauthClient.get("secret") + "\"}";
    }

    /**
     * Waits until the tenant's email has gone out: a tenant with deliveries queued or being sent is
     * not deleted (409), and the dispatch worker takes a moment to send it.
     */
    private void awaitOutboxEmpty(String tenantAdminToken) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        for (String status : new String[] {"QUEUED", "SENDING"}) {
            while (!client.get("/api/v1/deliveries?status=" + status + "&limit=1", tenantAdminToken).body()
                    .contains("\"deliveries\":[]") && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        }
    }
}
