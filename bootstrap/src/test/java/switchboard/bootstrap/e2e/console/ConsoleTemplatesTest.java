package switchboard.bootstrap.e2e.console;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import switchboard.bootstrap.e2e.GatewayTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The templates pages over plain HTTP: listed, created, edited and deleted with the session's CSRF token, previewed for a contact. */
@MicronautTest(transactional = false)
class ConsoleTemplatesTest extends GatewayTest {

    @Test
    void aTemplateIsEditedAndPreviewedForAContact() {
        TenantAdmin admin = newTenantWithAdmin("Console templates");
        String api = "/api/v1/tenants/" + admin.tenantId();
        assertThat(client.put(api + "/templates/welcome", """
                {"name":"Welcome","subject":"Hello {{name}}","text":"Hi {{name}}","html":"<p>Hi {{name}}</p>"}""",
                admin.token()).status()).isIn(200, 201);
        client.put(api + "/contacts", """
                {"contacts":[{"id":"ada","data":{"name":"Ada <&> Lovelace"}}]}""", admin.token());
        ConsoleHttp console = new ConsoleHttp(server.getURI());
        String csrf = console.signIn(admin.username(), TENANT_ADMIN_PASSWORD);
        String templates = "/console/tenants/" + admin.tenantId() + "/templates";

        assertThat(console.get(templates).body()).contains("data-template=\"welcome\"", "Hello {{name}}");

        Map<String, String> edited = Map.of("csrf", csrf, "name", "Welcome back", "subject", "Welcome back, {{name}}",
                "text", "Hi again {{name}}", "html", "<p>Hi again {{name}}</p>");
        HttpResponse<String> saved = console.post(templates + "/welcome", edited);
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(client.get(api + "/templates/welcome", admin.token()).json())
                .containsEntry("name", "Welcome back").containsEntry("subject", "Welcome back, {{name}}");

        HttpResponse<String> preview = console.get(templates + "/welcome?contact=ada");
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body())
                .contains("<dd data-testid=\"preview-subject\">Welcome back, Ada &lt;&amp;&gt; Lovelace</dd>")
                .contains("Hi again Ada &lt;&amp;&gt; Lovelace</pre>")
                .as("the HTML body escapes the field, and the attribute escapes the HTML")
                .contains("srcdoc=\"&lt;p>Hi again Ada &amp;lt;&amp;amp;&amp;gt; Lovelace&lt;/p>\"");

        assertThat(console.get(templates + "/welcome?contact=nobody").body()).contains("id=\"preview-error\"");

        HttpResponse<String> broken = console.post(templates + "/welcome", Map.of("csrf", csrf, "name", "Broken",
                "subject", "", "text", "{{#open}} never closed", "html", ""));
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.body()).contains("id=\"template-error\"").contains("{{#open}} never closed");
        assertThat(client.get(api + "/templates/welcome", admin.token()).json()).containsEntry("name", "Welcome back");

        assertThat(console.post(templates + "/welcome", Map.of("name", "Forged", "text", "x")).statusCode())
                .as("without the CSRF token").isEqualTo(403);
        assertThat(console.get("/console/tenants/default/templates").statusCode()).as("another tenant").isEqualTo(403);
    }

    @Test
    void aTemplateIsCreatedOnceAndDeletedWithTheCsrfToken() {
        TenantAdmin admin = newTenantWithAdmin("Console template lifecycle");
        String api = "/api/v1/tenants/" + admin.tenantId() + "/templates";
        ConsoleHttp console = new ConsoleHttp(server.getURI());
        String csrf = console.signIn(admin.username(), TENANT_ADMIN_PASSWORD);
        String templates = "/console/tenants/" + admin.tenantId() + "/templates";
        Map<String, String> receipt = Map.of("csrf", csrf, "id", "receipt", "name", "Receipt <1>", "subject", "Your receipt",
                "text", "Paid: {{amount}}", "html", "");

        HttpResponse<String> created = console.post(templates, receipt);
        assertThat(created.statusCode()).isEqualTo(303);
        assertThat(created.headers().firstValue("Location")).hasValue(templates + "/receipt?saved=yes");
        assertThat(client.get(api + "/receipt", admin.token()).json())
                .containsEntry("name", "Receipt <1>").containsEntry("text", "Paid: {{amount}}");
        assertThat(console.get(templates).body()).contains("data-template=\"receipt\"", "Receipt &lt;1&gt;");

        Map<String, String> again = new HashMap<>(receipt);
        again.put("name", "Overwritten");
        HttpResponse<String> taken = console.post(templates, again);
        assertThat(taken.statusCode()).isEqualTo(409);
        assertThat(taken.body()).contains("id=\"template-error\"", "exists already");
        assertThat(client.get(api + "/receipt", admin.token()).json()).containsEntry("name", "Receipt <1>");

        Map<String, String> badId = new HashMap<>(receipt);
        badId.put("id", "no spaces allowed");
        HttpResponse<String> refused = console.post(templates, badId);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"template-error\"").contains("value=\"no spaces allowed\"");
        assertThat(console.post(templates, Map.of("id", "forged", "name", "Forged", "text", "x")).statusCode())
                .as("created without the CSRF token").isEqualTo(403);
        assertThat(client.get(api + "/forged", admin.token()).status()).isEqualTo(404);

        assertThat(console.post(templates + "/receipt/delete", Map.of("id", "receipt")).statusCode())
                .as("deleted without the CSRF token").isEqualTo(403);
        assertThat(console.post(templates + "/receipt/delete", Map.of()).statusCode()).as("an empty form").isEqualTo(400);
        assertThat(client.get(api + "/receipt", admin.token()).status()).isEqualTo(200);
        HttpResponse<String> deleted = console.post(templates + "/receipt/delete", Map.of("csrf", csrf));
        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(client.get(api + "/receipt", admin.token()).status()).isEqualTo(404);
        assertThat(console.get(deleted.headers().firstValue("Location").orElseThrow()).body())
                .contains("id=\"deleted\"").doesNotContain("data-template=\"receipt\"");
        assertThat(console.post(templates + "/receipt/delete", Map.of("csrf", csrf)).statusCode()).as("gone already")
                .isEqualTo(404);
        assertThat(console.post("/console/tenants/default/templates", receipt).statusCode()).as("another tenant")
                .isEqualTo(403);
    }
}
