package switchboard.bootstrap.e2e.console;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import switchboard.bootstrap.e2e.GatewayClient;
import switchboard.bootstrap.e2e.GatewayTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The contacts page over plain HTTP: a scope's count and its pages, escaped; a bad scope refused with the API's reason. */
@MicronautTest(transactional = false)
class ConsoleContactsTest extends GatewayTest {

    @Test
    void aScopeShowsHowManyMatchAndTheFirstPage() {
        TenantAdmin admin = newTenantWithAdmin("Console contacts");
        client.put("/api/v1/tenants/" + admin.tenantId() + "/contacts", """
                {"contacts":[{"id":"ada","data":{"name":"<b>Ada</b>","plan":"gold","age":36}},
                             {"id":"bob","data":{"name":"Bob","plan":"gold","age":17}},
                             {"id":"cy","data":{"name":"Cy","plan":"free","age":40}}]}""", admin.token());
        ConsoleHttp console = new ConsoleHttp(server.getURI());
        console.signIn(admin.username(), TENANT_ADMIN_PASSWORD);
        String contacts = "/console/tenants/" + admin.tenantId() + "/contacts?scope=";

        HttpResponse<String> gold = console.get(contacts + encode("{\"plan\":\"gold\"}"));
        assertThat(gold.statusCode()).isEqualTo(200);
        assertThat(gold.body()).contains("<strong>2</strong> contact(s) match")
                .contains("data-contact=\"ada\"", "data-contact=\"bob\"").doesNotContain("data-contact=\"cy\"")
                .contains("&lt;b&gt;Ada&lt;/b&gt;").doesNotContain("<b>Ada</b>");
        assertThat(console.get(contacts + encode("{\"plan\":\"gold\",\"age\":{\"$gte\":18}}")).body())
                .contains("<strong>1</strong> contact(s) match").contains("data-contact=\"ada\"");

        String badScope = "{\"plan\":{\"$near\":1}}";
        GatewayClient.Response api = client.post("/api/v1/tenants/" + admin.tenantId() + "/contacts/query",
                "{\"scope\":" + badScope + "}", admin.token());
        assertThat(api.status()).isEqualTo(400);
        HttpResponse<String> refused = console.get(contacts + encode(badScope));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"scope-error\"").contains(escape((String) api.json().get("detail")));

        HttpResponse<String> notJson = console.get(contacts + encode("plan = gold"));
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.body()).contains("the scope is not JSON");
    }

    @Test
    void aScopeMatchingMoreThanAPageIsPagedThrough() {
        TenantAdmin admin = newTenantWithAdmin("Console contact pages");
        String thirty = IntStream.rangeClosed(1, 30)
                .mapToObj(n -> "{\"id\":\"c%02d\",\"data\":{\"plan\":\"silver\"}}".formatted(n)).collect(Collectors.joining(","));
        client.put("/api/v1/tenants/" + admin.tenantId() + "/contacts", "{\"contacts\":[" + thirty + "]}", admin.token());
        ConsoleHttp console = new ConsoleHttp(server.getURI());
        console.signIn(admin.username(), TENANT_ADMIN_PASSWORD);
        String silver = "/console/tenants/" + admin.tenantId() + "/contacts?scope=" + encode("{\"plan\":\"silver\"}");

        String first = console.get(silver).body();
        assertThat(first).contains("<strong>30</strong> contact(s) match. Shown: 1 to 25.")
                .contains("data-contact=\"c01\"", "data-contact=\"c25\"").doesNotContain("data-contact=\"c26\"")
                .contains("&amp;page=1\" rel=\"next\"").doesNotContain("rel=\"prev\"");

        HttpResponse<String> second = console.get(silver + "&page=1");
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).contains("Shown: 26 to 30.").contains("data-contact=\"c26\"", "data-contact=\"c30\"")
                .doesNotContain("data-contact=\"c25\"").contains("&amp;page=0\" rel=\"prev\"").doesNotContain("rel=\"next\"");
    }

    @Test
    void aTenantAdminMayNotSearchAnotherTenantsContacts() {
        TenantAdmin neighbour = newTenantWithAdmin("Contacts neighbour");
        ConsoleHttp console = new ConsoleHttp(server.getURI());
        console.signIn(neighbour.username(), TENANT_ADMIN_PASSWORD);

        assertThat(console.get("/console/tenants/default/contacts?scope=" + encode("{}")).statusCode()).isEqualTo(403);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** As the page writes text. */
    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
