package switchboard.bootstrap.e2e;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The tenants' templates through the Admin API. */
@MicronautTest(transactional = false)
class TemplateApiTest extends GatewayTest {

    @Test
    void createsReplacesReadsListsAndDeletesATemplateUnderTheCallersId() {
        TenantAdmin acme = newTenantWithAdmin("Templates");
        String base = "/api/v1/tenants/" + acme.tenantId() + "/templates";

        GatewayClient.Response created = client.put(base + "/template123",
                "{\"name\":\"Welcome\",\"subject\":\"Hi {{first_name}}\",\"html\":\"<p>Hi</p>\",\"text\":\"Hi\"}", acme.token());
        GatewayClient.Response replaced = client.put(base + "/template123", "{\"name\":\"Welcome 2\",\"text\":\"Hello\"}",
                acme.token());
        client.put(base + "/another", "{\"name\":\"Other\",\"html\":\"<p>x</p>\"}", acme.token());

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json()).isEqualTo(Map.of("id", "template123", "name", "Welcome", "subject", "Hi {{first_name}}",
                "html", "<p>Hi</p>", "text", "Hi"));
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(client.get(base + "/template123", acme.token()).json())
                .isEqualTo(Map.of("id", "template123", "name", "Welcome 2", "text", "Hello"));
        assertThat(client.get(base, acme.token()).jsonList("templates")).extracting(field("id"))
                .containsExactly("another", "template123");
        assertThat(client.delete(base + "/template123", acme.token()).status()).isEqualTo(204);
        assertThat(client.get(base + "/template123", acme.token()).status()).isEqualTo(404);
        assertThat(client.delete(base + "/template123", acme.token()).status()).isEqualTo(404);
    }

    @Test
    void refusesTemplatesThatCannotBeFilledOrSent() {
        TenantAdmin acme = newTenantWithAdmin("Bad Templates");
        String base = "/api/v1/tenants/" + acme.tenantId() + "/templates";

        for (String body : new String[]{"{\"name\":\"Open\",\"text\":\"Hi {{first_name\"}", "{\"name\":\"Empty\"}",
                "{\"text\":\"No name\"}", "{\"name\":\"Partial\",\"html\":\"{{> footer}}\"}"}) {
            GatewayClient.Response response = client.put(base + "/t", body, acme.token());
            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(client.put(base + "/not%20an%20id", "{\"name\":\"N\",\"text\":\"x\"}", acme.token()).status())
                .isEqualTo(400);
        assertThat(client.get(base + "/not%20an%20id", acme.token()).status()).isEqualTo(404);
        assertThat(client.get(base, acme.token()).jsonList("templates")).isEmpty();
    }

    @Test
    void aTenantAdminReachesOnlyItsOwnTemplates() {
        TenantAdmin acme = newTenantWithAdmin("Acme Templates");
        TenantAdmin globex = newTenantWithAdmin("Globex Templates");
        client.put("/api/v1/tenants/" + acme.tenantId() + "/templates/t", "{\"name\":\"T\",\"text\":\"x\"}", acme.token());

        assertThat(client.get("/api/v1/tenants/" + acme.tenantId() + "/templates/t", globex.token()).status()).isEqualTo(403);
        assertThat(client.put("/api/v1/tenants/" + acme.tenantId() + "/templates/t", "{\"name\":\"T\",\"text\":\"y\"}",
                globex.token()).status()).isEqualTo(403);
        assertThat(client.delete("/api/v1/tenants/" + acme.tenantId() + "/templates/t", globex.token()).status())
                .isEqualTo(403);
        assertThat(client.get("/api/v1/tenants/" + globex.tenantId() + "/templates/t", globex.token()).status())
                .isEqualTo(404);
        assertThat(client.get("/api/v1/tenants/" + acme.tenantId() + "/templates/t", acme.token()).json())
                .as("neither replaced nor deleted by the other tenant").containsEntry("text", "x");
    }
}
