package switchboard.bootstrap.e2e.console;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import switchboard.bootstrap.e2e.GatewayClient;
import switchboard.bootstrap.e2e.GatewayTest;

import static org.assertj.core.api.Assertions.assertThat;
import static switchboard.application.memory.Eventually.waitFor;

/** A captured email's attachments over plain HTTP: listed on its preview, and downloaded, never shown in a page. */
@MicronautTest(transactional = false)
class ConsoleCapturedTest extends GatewayTest {

    private static final String HOSTILE_HTML = "<script>document.title='ran'</script>";

    @Test
    void attachmentsAreListedAndDownloadedWithTheirStoredTypeAndASafeName() throws InterruptedException {
        TenantAdmin admin = newTenantWithAdmin("Console attachments");
        String token = (String) credential(admin, "{\"type\":\"fliplet-token\"}").get("token");
        String body = """
                {"to":[{"email":"ann@example.com","type":"to"}], "subject":"Your documents", "html":"<p>See attached</p>",
                 "attachments":[{"type":"text/html","name":"résumé \\"final\\";.html","content":"%s","encoding":"base64"}],
                 "images":[{"type":"image/png","name":"logo","content":"%s"}]}""".formatted(
                Base64.getEncoder().encodeToString(HOSTILE_HTML.getBytes(StandardCharsets.UTF_8)),
                Base64.getEncoder().encodeToString(new byte[]{(byte) 0x89, 'P', 'N', 'G'}));
        GatewayClient.Response accepted = client.postWithHeaders("/v1/communicate/email", body, "Auth-token", token,
                "Content-Type", "application/json");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        String captured = "/api/v1/tenants/" + admin.tenantId() + "/captured?channel=email";
        waitFor(() -> !client.get(captured, admin.token()).jsonList("captured").isEmpty());
        Map<?, ?> email = (Map<?, ?>) client.get(captured, admin.token()).jsonList("captured").get(0);
        String delivery = "/console/tenants/" + admin.tenantId() + "/messages/" + email.get("messageId") + "/deliveries/"
                + email.get("deliveryId");
        ConsoleHttp console = new ConsoleHttp(server.getURI());
        console.signIn(admin.username(), TENANT_ADMIN_PASSWORD);

        String preview = console.get(delivery + "/preview").body();
        assertThat(preview).contains("<a href=\"" + delivery + "/attachments/0\" download=\"résumé &#34;final&#34;;.html\">")
                .contains("text/html · " + HOSTILE_HTML.length() + " bytes")
                .contains("inline image <code>cid:logo</code>").doesNotContain(HOSTILE_HTML);

        HttpResponse<String> download = console.get(delivery + "/attachments/0");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(HOSTILE_HTML);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("text/html");
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"r_sum_ _final__.html\"; filename*=UTF-8''r%C3%A9sum%C3%A9%20%22final%22%3B.html");
        assertThat(download.headers().firstValue("Content-Security-Policy")).hasValue("default-src 'none'; sandbox");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(console.get(delivery + "/attachments/1").headers().firstValue("Content-Type")).hasValue("image/png");

        assertThat(console.get(delivery + "/attachments/2").statusCode()).isEqualTo(404);
        assertThat(console.get(delivery + "/attachments/x").statusCode()).isEqualTo(400);
        ConsoleHttp neighbour = new ConsoleHttp(server.getURI());
        neighbour.signIn(newTenantWithAdmin("Attachments neighbour").username(), TENANT_ADMIN_PASSWORD);
        assertThat(neighbour.get(delivery + "/attachments/0").statusCode()).as("another tenant's admin").isEqualTo(403);
    }
}
