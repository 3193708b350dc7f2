package switchboard.bootstrap.e2e.console;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import switchboard.bootstrap.e2e.GatewayTest;
import switchboard.bootstrap.e2e.TestSmtpServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The provider accounts pages over plain HTTP, with a real SMTP server behind the gateway: accounts
 * set, kept and removed with the session's CSRF token, their secrets never in a page, a test
 * message that really arrives, and another tenant's admin refused every page and action.
 */
@MicronautTest(transactional = false)
class ConsoleProvidersTest extends GatewayTest {

    private static final String AUTH_TOKEN = "twilio-auth-token-that-never-shows";
    private static final String SID = "AC" + "0123456789abcdef".repeat(2);

    @RegisterExtension
    final TestSmtpServer smtp = new TestSmtpServer();

    @Override
    protected Map<String, String> extraProperties() {
        return smtp.gatewayProperties();
    }

    @Test
    void anAccountIsSetKeptAndRemovedAndItsSecretIsNeverShown() {
        TenantAdmin admin = newTenantWithAdmin("Console providers");
        String api = "/api/v1/tenants/" + admin.tenantId() + "/providers";
        ConsoleHttp console = new ConsoleHttp(server.getURI());
        String csrf = console.signIn(admin.username(), TENANT_ADMIN_PASSWORD);
        String providers = "/console/tenants/" + admin.tenantId() + "/providers";

        assertThat(console.get(providers).body()).contains("data-channel=\"sms\"", "data-channel=\"email\"", "the gateway's")
                .doesNotContain("data-channel=\"in_app\"");

        HttpResponse<String> saved = console.post(providers + "/sms", Map.of("csrf", csrf, "primary.setting.accountSid", SID,
                "primary.setting.from", "+14155550100", "primary.secret.authToken", AUTH_TOKEN, "failoverAfter", "2"));
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(client.get(api + "/sms", admin.token()).json()).extracting(json -> ((Map<?, ?>) json.get("primary")).get("secrets"))
                .isEqualTo(List.of("authToken"));

        HttpResponse<String> page = console.get(saved.headers().firstValue("Location").orElseThrow());
        assertThat(page.body()).contains("id=\"saved\"", "value=\"" + SID + "\"", "authToken (secret: set; leave empty to keep it)");
        assertThat(console.get(providers).body()).contains("accountSid " + SID + ", from +14155550100, authToken set");

        Map<String, String> newSender = Map.of("csrf", csrf, "primary.setting.accountSid", SID,
                "primary.setting.from", "+14155550199", "primary.secret.authToken", "");
        assertThat(console.post(providers + "/sms", newSender).statusCode()).isEqualTo(303);
        Map<?, ?> primary = (Map<?, ?>) client.get(api + "/sms", admin.token()).json().get("primary");
        assertThat(primary.get("secrets")).as("the secret left empty is kept").isEqualTo(List.of("authToken"));
        assertThat(primary.get("settings")).isEqualTo(Map.of("accountSid", SID, "from", "+14155550199"));

        HttpResponse<String> refused = console.post(providers + "/sms", Map.of("csrf", csrf,
                "primary.setting.accountSid", "not-a-sid", "primary.secret.authToken", "a-new-token-typed-once"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"provider-error\"", "is not a Twilio account SID", "value=\"not-a-sid\"")
                .doesNotContain("a-new-token-typed-once");
        assertThat(console.post(providers + "/sms", Map.of("csrf", csrf, "primary.setting.accountSid", SID,
                "primary.secret.authToken", "x", "failoverAfter", "two")).body()).contains("failoverAfter must be a whole number");

        HttpResponse<String> tested = console.post(providers + "/sms/test", Map.of("csrf", csrf, "account", "primary",
                "address", "+27821234567"));
        assertThat(tested.body()).as("no Twilio in this gateway").contains("id=\"test-result\"", "Captured, not sent");

        for (String shown : List.of(providers, providers + "/sms", providers + "/email")) {
            assertThat(console.get(shown).body()).as(shown).doesNotContain(AUTH_TOKEN);
        }
        assertThat(tested.body()).doesNotContain(AUTH_TOKEN);

        assertThat(console.post(providers + "/sms/remove", Map.of("channel", "sms")).statusCode()).as("without the CSRF token").isEqualTo(403);
        assertThat(client.get(api + "/sms", admin.token()).status()).isEqualTo(200);
        HttpResponse<String> removed = console.post(providers + "/sms/remove", Map.of("csrf", csrf));
        assertThat(removed.statusCode()).isEqualTo(303);
        assertThat(client.get(api + "/sms", admin.token()).status()).isEqualTo(404);
        assertThat(console.get(removed.headers().firstValue("Location").orElseThrow()).body()).contains("id=\"removed\"");
        assertThat(console.get(providers + "/pigeon").statusCode()).isEqualTo(400);
        assertThat(console.get(providers + "/in_app").statusCode()).isEqualTo(404);
    }

    @Test
    void aTestMessageGoesThroughTheChosenAccountAndReallyArrives() throws Exception {
        TenantAdmin admin = newTenantWithAdmin("Console test message");
        ConsoleHttp console = new ConsoleHttp(server.getURI());
        String csrf = console.signIn(admin.username(), TENANT_ADMIN_PASSWORD);
        String email = "/console/tenants/" + admin.tenantId() + "/providers/email";
        assertThat(console.post(email + "/test", Map.of("csrf", csrf, "address", "ann@example.com")).statusCode())
                .as("no account to test yet").isEqualTo(404);
        assertThat(console.post(email, Map.of("csrf", csrf, "primary.setting.from", "news@tenant.example",
                "primary.setting.fromName", "Tenant News", "fallback.use", "on",
                "fallback.setting.from", "backup@tenant.example")).statusCode()).isEqualTo(303);

        HttpResponse<String> sent = console.post(email + "/test", Map.of("csrf", csrf, "account", "fallback",
                "address", "ann@example.com"));

        assertThat(sent.statusCode()).isEqualTo(200);
        assertThat(sent.body()).contains("id=\"test-result\"", "Sent: the provider accepted it");
        MimeMessage arrived = smtp.onlyCopyFor("ann@example.com");
        assertThat(((InternetAddress) arrived.getFrom()[0]).getAddress()).as("from the fallback account's sender")
                .isEqualTo("backup@tenant.example");
        assertThat(arrived.getSubject()).isEqualTo("Switchboard test message");

        assertThat(console.post(email + "/test", Map.of("csrf", csrf, "address", "bob@example.com")).statusCode()).isEqualTo(200);
        assertThat(((InternetAddress) smtp.onlyCopyFor("bob@example.com").getFrom()[0]).getAddress())
                .as("the primary account's sender, by default").isEqualTo("news@tenant.example");

        HttpResponse<String> badAddress = console.post(email + "/test", Map.of("csrf", csrf, "address", "not an address"));
        assertThat(badAddress.statusCode()).isEqualTo(400);
        assertThat(badAddress.body()).contains("id=\"test-result\"");
        assertThat(console.post(email + "/test", Map.of("address", "eve@example.com")).statusCode()).as("without the CSRF token")
                .isEqualTo(403);
        assertThat(smtp.copiesFor("eve@example.com")).isEmpty();
        assertThat(smtp.received()).hasSize(2);
    }

    @Test
    void aTenantAdminIsRefusedAnotherTenantsProviderPagesAndActions() {
        TenantAdmin owner = newTenantWithAdmin("Providers owner");
        client.put("/api/v1/tenants/" + owner.tenantId() + "/providers/email",
                "{\"primary\":{\"settings\":{\"from\":\"owner@tenant.example\"}}}", owner.token());
        TenantAdmin neighbour = newTenantWithAdmin("Providers neighbour");
        ConsoleHttp console = new ConsoleHttp(server.getURI());
        String csrf = console.signIn(neighbour.username(), TENANT_ADMIN_PASSWORD);
        String theirs = "/console/tenants/" + owner.tenantId() + "/providers";
        Map<String, String> form = new HashMap<>(Map.of("csrf", csrf, "primary.setting.from", "eve@evil.example",
                "address", "eve@evil.example"));

        assertThat(console.get(theirs).statusCode()).isEqualTo(403);
        assertThat(console.get(theirs + "/email").statusCode()).isEqualTo(403);
        assertThat(console.post(theirs + "/email", form).statusCode()).isEqualTo(403);
        assertThat(console.post(theirs + "/email/test", form).statusCode()).isEqualTo(403);
        assertThat(console.post(theirs + "/email/remove", form).statusCode()).isEqualTo(403);

        assertThat(client.get("/api/v1/tenants/" + owner.tenantId() + "/providers/email", owner.token()).json().get("primary"))
                .isEqualTo(Map.of("settings", Map.of("from", "owner@tenant.example"), "secrets", List.of()));
        assertThat(smtp.received()).isEmpty();
    }
}
