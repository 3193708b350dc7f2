package switchboard.bootstrap.e2e.console;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import switchboard.bootstrap.e2e.GatewayTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The tenants page over plain HTTP: the platform admin creates and opens tenants, a tenant admin is refused. */
@MicronautTest(transactional = false)
class ConsoleTenantsTest extends GatewayTest {

    private static final Pattern CREATED = Pattern.compile("data-testid=\"created-tenant\">([^<]+)<");

    @Test
    void thePlatformAdminCreatesATenantAndOpensIt() {
        ConsoleHttp console = new ConsoleHttp(server.getURI());
        String csrf = console.signIn(ADMIN, ADMIN_PASSWORD);
        assertThat(console.get("/console/tenants/default/overview").body()).contains("href=\"/console/tenants\"");

        HttpResponse<String> created = console.post("/console/tenants", Map.of("csrf", csrf, "name", "Acme <Retail>"));
        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.body()).contains("<strong>Acme &lt;Retail&gt;</strong>");
        Matcher id = CREATED.matcher(created.body());
        assertThat(id.find()).isTrue();
        String tenantId = id.group(1);
        assertThat(client.get("/api/v1/tenants/" + tenantId, platformAdminToken()).json().get("name")).isEqualTo("Acme <Retail>");

        String listed = console.get("/console/tenants").body();
        assertThat(listed).as("the newest tenant first in the list, its name escaped")
                .contains("<tr data-tenant=\"" + tenantId + "\">")
                .contains("<td data-label=\"Name\">Acme &lt;Retail&gt;</td>");
        assertThat(listed.indexOf("data-tenant=\"")).isEqualTo(listed.indexOf("data-tenant=\"" + tenantId + "\""));

        HttpResponse<String> opened = console.get("/console/tenants?open=" + tenantId);
        assertThat(opened.statusCode()).isEqualTo(303);
        assertThat(opened.headers().firstValue("Location")).contains("/console/tenants/" + tenantId + "/overview");
        assertThat(console.get("/console/tenants?open=no-such-tenant").statusCode()).isEqualTo(404);

        HttpResponse<String> blank = console.post("/console/tenants", Map.of("csrf", csrf, "name", " "));
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.body()).contains("role=\"alert\"").doesNotContain("Tenant created");
        HttpResponse<String> forged = console.post("/console/tenants", Map.of("name", "Forged"));
        assertThat(forged.statusCode()).as("without the CSRF token").isEqualTo(403);
        assertThat(forged.body()).doesNotContain("Tenant created");
    }

    @Test
    void aTenantAdminIsRefusedTheTenantsPage() {
        TenantAdmin admin = newTenantWithAdmin("Not the platform");
        ConsoleHttp console = new ConsoleHttp(server.getURI());
        String csrf = console.signIn(admin.username(), TENANT_ADMIN_PASSWORD);

        assertThat(console.get("/console/tenants/" + admin.tenantId() + "/overview").body())
                .as("no link to it").doesNotContain("href=\"/console/tenants\"");
        assertThat(console.get("/console/tenants").statusCode()).isEqualTo(403);
        assertThat(console.get("/console/tenants?open=default").statusCode()).isEqualTo(403);
        HttpResponse<String> create = console.post("/console/tenants", Map.of("csrf", csrf, "name", "Sneaky"));
        assertThat(create.statusCode()).isEqualTo(403);
        assertThat(create.body()).contains("only a platform admin may manage tenants").doesNotContain("Tenant created");
    }
}
