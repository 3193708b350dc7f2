package switchboard.bootstrap.e2e.console;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;

import switchboard.bootstrap.e2e.GatewayTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The templates pages over plain HTTP: listed, edited with the session's CSRF token, previewed for a contact. */
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
}
