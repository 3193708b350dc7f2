package switchboard.bootstrap.e2e.console;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

import switchboard.bootstrap.e2e.GatewayClient;
import switchboard.bootstrap.e2e.GatewayTest;

import static org.assertj.core.api.Assertions.assertThat;
import static switchboard.application.memory.Eventually.waitFor;

/**
 * Captured deliveries previewed over plain HTTP: an email's attachments listed and downloaded, never
 * shown in a page; its remote images loaded only when asked for; an SMS priced by the configured prices.
 */
@MicronautTest(transactional = false)
class ConsoleCapturedTest extends GatewayTest {

    private static final String HOSTILE_HTML = "<script>document.title='ran'</script>";

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("switchboard.dripcel.sms-price.countries.ZA.default", "0.25",
                "switchboard.dripcel.sms-price.countries.ZA.transactional", "0.4");
    }

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

    @Test
    void remoteImagesLoadOnlyInTheViewThatAsksForThemAndScriptsNeverRun() throws InterruptedException {
        TenantAdmin admin = newTenantWithAdmin("Console remote images");
        client.post("/api/v1/communications/send", """
                {"subject":"Pictures","body":"<img src='https://images.example.com/a.png'><script>alert(1)</script>",
                 "channels":["Email"],"emailAddress":"pictures@example.com","isHtml":true}""", admin.token());
        String delivery = capturedDelivery(admin, "email");
        ConsoleHttp console = new ConsoleHttp(server.getURI());
        console.signIn(admin.username(), TENANT_ADMIN_PASSWORD);

        String blocked = console.get(delivery + "/preview").body();
        assertThat(blocked).contains("<iframe id=\"email-html\" title=\"The email's HTML\" src=\"" + delivery + "/html\" sandbox ")
                .contains("<form method=\"get\" action=\"" + delivery + "/preview\" id=\"remote-images\" class=\"frame-control\">")
                .contains("<input type=\"hidden\" name=\"remote-images\" value=\"true\">")
                .contains("tells the sender the email was opened");
        assertThat(imageSources(console.get(delivery + "/html"))).isEqualTo("data:");

        String loading = console.get(delivery + "/preview?remote-images=true").body();
        assertThat(loading).contains("src=\"" + delivery + "/html?remote-images=true\" sandbox ")
                .contains("<a href=\"" + delivery + "/preview\">Block them again</a>").doesNotContain("load-remote-images");
        HttpResponse<String> withImages = console.get(delivery + "/html?remote-images=true");
        assertThat(withImages.statusCode()).isEqualTo(200);
        assertThat(imageSources(withImages)).as("https only, never plain http").isEqualTo("data: https:");

        assertThat(imageSources(console.get(delivery + "/html?remote-images=maybe"))).as("only true loads them").isEqualTo("data:");
        ConsoleHttp neighbour = new ConsoleHttp(server.getURI());
        neighbour.signIn(newTenantWithAdmin("Remote images neighbour").username(), TENANT_ADMIN_PASSWORD);
        assertThat(neighbour.get(delivery + "/html?remote-images=true").statusCode()).as("another tenant's admin").isEqualTo(403);
        assertThat(neighbour.get(delivery + "/preview?remote-images=true").statusCode()).isEqualTo(403);
    }

    @Test
    void aCapturedSmsShowsItsCostByTheConfiguredPriceOfItsCountryAsDripcelAnswersIt() throws InterruptedException {
        TenantAdmin admin = newTenantWithAdmin("Console SMS cost");
        String apiKey = (String) credential(admin, "{\"type\":\"dripcel-api-key\",\"permissions\":[\"sendLog.create\"]}")
                .get("apiKey");
        String twoSegments = "a".repeat(161);
        GatewayClient.Response sent = client.post("/send/sms", """
                {"content":"%s","cell":"0821234567","country":"ZA","skipNonContacts":false,"deliveryMethod":"standard","sendOptions":{"testMode":true}}"""
                .formatted(twoSegments), apiKey);
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        assertThat(String.valueOf(((Map<?, ?>) sent.json().get("data")).get("totalCost"))).isEqualTo("0.5");
        ConsoleHttp console = new ConsoleHttp(server.getURI());
        console.signIn(admin.username(), TENANT_ADMIN_PASSWORD);

        String preview = console.get(capturedDelivery(admin, "sms") + "/preview").body();

        assertThat(preview).contains("+27821234567").contains("GSM_7, 2 segment(s)")
                .contains("<p class=\"meta\" id=\"sms-cost\">2 segment(s) × 0.25 = 0.5, by the configured prices for ZA")
                .contains("not the provider's bill");
    }

    /** The console's address of the tenant's one captured delivery on the channel, once the dispatcher has captured it. */
    private String capturedDelivery(TenantAdmin admin, String channel) throws InterruptedException {
        String captured = "/api/v1/tenants/" + admin.tenantId() + "/captured?channel=" + channel;
        waitFor(() -> !client.get(captured, admin.token()).jsonList("captured").isEmpty());
        Map<?, ?> item = (Map<?, ?>) client.get(captured, admin.token()).jsonList("captured").get(0);
        return "/console/tenants/" + admin.tenantId() + "/messages/" + item.get("messageId") + "/deliveries/" + item.get("deliveryId");
    }

    /** The frame's policy's image sources; and in every case, no script source and a sandbox that allows no script. */
    private static String imageSources(HttpResponse<String> html) {
        String policy = html.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).doesNotContain("script-src").doesNotContain("allow-scripts").contains("default-src 'none'")
                .contains("frame-ancestors 'self'").endsWith("; sandbox");
        return Arrays.stream(policy.split(";")).map(String::strip).filter(directive -> directive.startsWith("img-src "))
                .map(directive -> directive.substring("img-src ".length())).findFirst().orElseThrow();
    }
}
