package switchboard.bootstrap.e2e;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The tenants' own provider accounts through the Admin API: secrets go in and never come out. */
@MicronautTest(transactional = false)
class ProviderSettingsApiTest extends GatewayTest {

    private static final String AUTH_TOKEN = "f2a8c0d1e3b4a5968778695a4b3c2d1e";
    private static final String SMS_SETTINGS = """
            {"primary":{"settings":{"accountSid":"AC11111111111111111111111111111111","from":"+14155550100"},
                        "secrets":{"authToken":"%s"}},
             "fallback":{"settings":{"accountSid":"AC22222222222222222222222222222222","messagingServiceSid":"MG22222222222222222222222222222222"},
                         "secrets":{"authToken":"fallback-token-value"}},
             "failoverAfter":3}""".formatted(AUTH_TOKEN);

    @Test
    void aTenantSetsItsAccountsAndSeesEverythingButTheSecrets() {
        TenantAdmin acme = newTenantWithAdmin("Acme");
        String base = "/api/v1/tenants/" + acme.tenantId() + "/providers";

        GatewayClient.Response saved = client.put(base + "/sms", SMS_SETTINGS, acme.token());

        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json()).isEqualTo(json("""
                {"channel":"SMS","failoverAfter":3,
                 "primary":{"settings":{"accountSid":"AC11111111111111111111111111111111","from":"+14155550100"},
                            "secrets":["authToken"]},
                 "fallback":{"settings":{"accountSid":"AC22222222222222222222222222222222",
                                         "messagingServiceSid":"MG22222222222222222222222222222222"},
                             "secrets":["authToken"]}}"""));
        GatewayClient.Response listed = client.get(base, acme.token());
        assertThat(listed.jsonList("providers")).singleElement().isEqualTo(saved.json());
        assertThat(client.get(base + "/SMS", acme.token()).json()).isEqualTo(saved.json());
        for (GatewayClient.Response answer : List.of(saved, listed)) {
            assertThat(answer.body()).doesNotContain(AUTH_TOKEN).doesNotContain("fallback-token-value");
        }

        assertThat(client.delete(base + "/sms", acme.token()).status()).isEqualTo(204);
        assertThat(client.get(base + "/sms", acme.token()).status()).isEqualTo(404);
        assertThat(client.delete(base + "/sms", acme.token()).status()).isEqualTo(404);
    }

    @Test
    void anAccountItsProviderCannotUseIsRefusedWithEveryProblemNamed() {
        TenantAdmin acme = newTenantWithAdmin("Acme");
        String base = "/api/v1/tenants/" + acme.tenantId() + "/providers";

        GatewayClient.Response answer = client.put(base + "/sms", """
                {"primary":{"settings":{"accountSid":"not-a-sid","authtoken":"x"}}}""", acme.token());

        assertThat(answer.status()).isEqualTo(400);
        assertThat((String) answer.json().get("detail"))
                .contains("primary: there is no setting 'authtoken'")
                .contains("'authToken' is required")
                .contains("'accountSid' is not a Twilio account SID");
        assertThat(client.put(base + "/webhook", """
                {"primary":{"secrets":{"signingSecret":"plain"}}}""", acme.token()).json().get("detail"))
                .isEqualTo("primary: 'signingSecret' must be whsec_ followed by base64 of at least 24 bytes");
        assertThat(client.put(base + "/in_app", "{\"primary\":{}}", acme.token()).json().get("detail"))
                .isEqualTo("the in-app channel has no provider: its messages stay in the gateway");
        assertThat(client.put(base + "/fax", "{\"primary\":{}}", acme.token()).status()).isEqualTo(400);
        assertThat(client.put(base + "/sms", "{}", acme.token()).status()).isEqualTo(400);
        assertThat(client.put(base + "/email", """
                {"primary":{"settings":{"from":"news@acme.example"}},"failoverAfter":0}""", acme.token()).json().get("detail"))
                .isEqualTo("failoverAfter must be 1 to 100");
        assertThat(client.get(base, acme.token()).jsonList("providers")).isEmpty();
    }

    @Test
    void oneTenantsAdminCannotSeeOrSetAnothersAccounts() {
        TenantAdmin acme = newTenantWithAdmin("Acme");
        TenantAdmin globex = newTenantWithAdmin("Globex");
        client.put("/api/v1/tenants/" + acme.tenantId() + "/providers/sms", SMS_SETTINGS, acme.token());

        String acmes = "/api/v1/tenants/" + acme.tenantId() + "/providers";
        assertThat(client.get(acmes, globex.token()).status()).isEqualTo(403);
        assertThat(client.put(acmes + "/sms", SMS_SETTINGS, globex.token()).status()).isEqualTo(403);
        assertThat(client.delete(acmes + "/sms", globex.token()).status()).isEqualTo(403);
        assertThat(client.get("/api/v1/tenants/" + globex.tenantId() + "/providers", globex.token()).jsonList("providers"))
                .isEmpty();
        assertThat(client.get(acmes, platformAdminToken()).jsonList("providers")).hasSize(1);
    }

    @Test
    void aTenantsEmailIdentityNeedsOnlyASender() {
        TenantAdmin acme = newTenantWithAdmin("Acme");

        GatewayClient.Response saved = client.put("/api/v1/tenants/" + acme.tenantId() + "/providers/email", """
                {"primary":{"settings":{"from":"news@acme.example","fromName":"Acme News"}}}""", acme.token());

        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json()).containsEntry("primary", Map.of("settings",
                Map.of("from", "news@acme.example", "fromName", "Acme News"), "secrets", List.of()));
        assertThat(saved.json()).doesNotContainKey("fallback").containsEntry("failoverAfter", 2);
    }
}
