package switchboard.bootstrap.e2e.console;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import switchboard.bootstrap.e2e.GatewayTest;

import static org.assertj.core.api.Assertions.assertThat;
import static switchboard.application.memory.Eventually.waitFor;

/** The console's security over plain HTTP: its headers, its cookies, CSRF refusals and tenant scoping. */
@MicronautTest(transactional = false)
class ConsoleSecurityTest extends GatewayTest {

    @Test
    void aVisitorWithoutASessionIsSentToSignInAndTheSignInPageCarriesTheSecurityHeaders() {
        ConsoleHttp console = new ConsoleHttp(server.getURI());

        HttpResponse<String> page = console.get("/console/tenants/default/messages");
        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(page.headers().firstValue("Location")).hasValue("/console/sign-in");

        HttpResponse<String> signIn = console.get("/console/sign-in");
        assertThat(signIn.statusCode()).isEqualTo(200);
        assertSecurityHeaders(signIn);
        assertThat(signIn.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("switchboard_console_sign_in=").contains("HTTPOnly").contains("SameSite=Strict"));
    }

    @Test
    void signingInSetsAnHttpOnlySameSiteSessionCookieForTheConsoleOnly() {
        ConsoleHttp console = new ConsoleHttp(server.getURI());
        String form = ConsoleHttp.csrf(console.get("/console/sign-in").body());

        HttpResponse<String> signedIn = console.post("/console/sign-in",
                Map.of("csrf", form, "username", ADMIN, "password", ADMIN_PASSWORD));

        assertThat(signedIn.statusCode()).isEqualTo(303);
        String cookie = signedIn.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith("switchboard_console=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HTTPOnly", "SameSite=Strict", "Path=/console").doesNotContain("Secure");
        HttpResponse<String> overview = console.get("/console/tenants/default/overview");
        assertThat(overview.statusCode()).isEqualTo(200);
        assertSecurityHeaders(overview);
        assertThat(overview.body()).contains("Outbox, every tenant");

        assertThat(console.cookie("switchboard_console")).isPresent();
        assertThat(console.get("/api/v1/tenants/default/messages").statusCode()).as("the Admin API takes no cookie").isEqualTo(401);
    }

    @Test
    void aSignInFormWithoutItsTokenAndAWrongPasswordAreRefused() {
        ConsoleHttp console = new ConsoleHttp(server.getURI());
        console.get("/console/sign-in");

        HttpResponse<String> forged = console.post("/console/sign-in",
                Map.of("csrf", "forged", "username", ADMIN, "password", ADMIN_PASSWORD));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(console.cookie("switchboard_console")).isEmpty();

        String form = ConsoleHttp.csrf(console.get("/console/sign-in").body());
        HttpResponse<String> wrong = console.post("/console/sign-in",
                Map.of("csrf", form, "username", ADMIN, "password", "not the password"));
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("The username or password is wrong.");
        assertThat(console.cookie("switchboard_console")).isEmpty();
    }

    @Test
    void everyActionWithoutTheSessionsCsrfTokenIsRefusedAndDoesNothing() {
        ConsoleHttp console = new ConsoleHttp(server.getURI());
        String csrf = console.signIn(ADMIN, ADMIN_PASSWORD);
        int credentials = credentialRows(console);

        for (String token : List.of("", "not-the-token")) {
            HttpResponse<String> refused = console.post("/console/tenants/default/credentials",
                    Map.of("csrf", token, "type", "fliplet-token"));
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).contains("did not come from this console session");
            assertSecurityHeaders(refused);
        }
        assertThat(console.post("/console/sign-out", Map.of("csrf", "nope")).statusCode()).isEqualTo(403);
        assertThat(credentialRows(console)).isEqualTo(credentials);

        assertThat(console.post("/console/tenants/default/credentials", Map.of("csrf", csrf, "type", "fliplet-token"))
                .statusCode()).isEqualTo(200);
        assertThat(credentialRows(console)).isEqualTo(credentials + 1);
    }

    @Test
    void aTenantAdminIsRefusedAnotherTenantsPagesAndActions() {
        TenantAdmin other = newTenantWithAdmin("Console neighbours");
        ConsoleHttp console = new ConsoleHttp(server.getURI());
        console.signIn(other.username(), TENANT_ADMIN_PASSWORD);

        assertThat(console.get("/console/tenants/" + other.tenantId() + "/messages").statusCode()).isEqualTo(200);
        for (String page : List.of("overview", "messages", "captured", "dead", "credentials")) {
            HttpResponse<String> refused = console.get("/console/tenants/default/" + page);
            assertThat(refused.statusCode()).as(page).isEqualTo(403);
            assertThat(refused.body()).contains("may not see tenant 'default'");
        }
        String csrf = ConsoleHttp.csrf(console.get("/console/tenants/" + other.tenantId() + "/credentials").body());
        assertThat(console.post("/console/tenants/default/credentials", Map.of("csrf", csrf, "type", "fliplet-token"))
                .statusCode()).isEqualTo(403);
        assertThat(console.get("/console/tenants/" + other.tenantId() + "/overview").body()).doesNotContain("Outbox, every tenant");
    }

    @Test
    void aCapturedEmailsHtmlIsServedUnderAPolicyThatRunsNoScriptAndLoadsNoRemoteImage() throws InterruptedException {
        String token = platformAdminToken();
        client.post("/api/v1/communications/send", """
                {"subject":"Framed","body":"<p>Hi</p><script>alert(1)</script>","channels":["Email"],
                 "emailAddress":"framed@example.com","isHtml":true}""", token);
        String captured = "/api/v1/tenants/default/captured?channel=email";
        waitFor(() -> client.get(captured, token).jsonList("captured").stream()
                .anyMatch(item -> "framed@example.com".equals(((Map<?, ?>) item).get("to"))));
        Map<?, ?> item = client.get(captured, token).jsonList("captured").stream()
                .map(entry -> (Map<?, ?>) entry).filter(entry -> "framed@example.com".equals(entry.get("to"))).findFirst().orElseThrow();
        ConsoleHttp console = new ConsoleHttp(server.getURI());
        console.signIn(ADMIN, ADMIN_PASSWORD);
        String delivery = "/console/tenants/default/messages/" + item.get("messageId") + "/deliveries/" + item.get("deliveryId");

        HttpResponse<String> html = console.get(delivery + "/html");

        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.body()).isEqualTo("<p>Hi</p><script>alert(1)</script>");
        assertThat(html.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("default-src 'none'", "img-src data:", "sandbox", "frame-ancestors 'self'").doesNotContain("script-src"));
        assertThat(html.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
        assertThat(html.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        HttpResponse<String> preview = console.get(delivery + "/preview");
        assertThat(preview.body()).contains("<iframe id=\"email-html\"", "sandbox referrerpolicy=\"no-referrer\"")
                .doesNotContain("allow-scripts").doesNotContain("<script>alert(1)</script>");
    }

    @Test
    void revokingTheAdminsCredentialEndsItsConsoleSession() {
        TenantAdmin admin = newTenantWithAdmin("Console revocation");
        ConsoleHttp console = new ConsoleHttp(server.getURI());
        console.signIn(admin.username(), TENANT_ADMIN_PASSWORD);
        String overview = "/console/tenants/" + admin.tenantId() + "/overview";
        assertThat(console.get(overview).statusCode()).isEqualTo(200);

        String platform = platformAdminToken();
        Object credentialId = client.get("/api/v1/tenants/" + admin.tenantId() + "/credentials", platform).jsonList()
                .stream().map(entry -> (Map<?, ?>) entry).filter(entry -> admin.username().equals(entry.get("username")))
                .findFirst().orElseThrow().get("id");
        assertThat(client.delete("/api/v1/tenants/" + admin.tenantId() + "/credentials/" + credentialId, platform).status())
                .isEqualTo(204);

        HttpResponse<String> ended = console.get(overview);
        assertThat(ended.statusCode()).isEqualTo(303);
        assertThat(ended.headers().firstValue("Location")).hasValue("/console/sign-in");
        assertThat(console.cookie("switchboard_console")).as("cleared").isEmpty();
    }

    private static int credentialRows(ConsoleHttp console) {
        return console.get("/console/tenants/default/credentials").body().split("data-credential=").length - 1;
    }

    private static void assertSecurityHeaders(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("default-src 'none'", "script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe"));
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }
}
