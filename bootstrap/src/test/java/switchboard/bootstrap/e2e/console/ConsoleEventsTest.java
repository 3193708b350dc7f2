package switchboard.bootstrap.e2e.console;

import com.standardwebhooks.Webhook;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import switchboard.adapter.out.provider.stub.ProviderStub.Exchange;
import switchboard.bootstrap.e2e.GatewayClient;
import switchboard.bootstrap.e2e.GatewayTest;

import static org.assertj.core.api.Assertions.assertThat;
import static switchboard.application.memory.Eventually.waitFor;

/**
 * The events pages over plain HTTP, with a receiver on loopback: an endpoint registered in the
 * console signs its posts with the secret the console showed once, its posts are logged and paged,
 * a message's events are posted again, it is paused, resumed, its secret rotated and it is deleted,
 * every action only with the session's CSRF token and by the tenant's own admin; bad input is
 * refused with the console's problem page or the form's error, never a 500.
 */
@MicronautTest(transactional = false)
class ConsoleEventsTest extends GatewayTest {

    private static final Pattern SECRET = Pattern.compile("id=\"secret\">(whsec_[^<]+)</code>");
    private static final Pattern ENDPOINT = Pattern.compile("data-endpoint=\"([^\"]+)\"");

    @RegisterExtension
    final EventReceiver receiver = new EventReceiver();

    /** Each test's own tenant, its admin signed in to the console, and the tenant's events pages and API. */
    private TenantAdmin admin;
    private ConsoleHttp console;
    private String csrf;
    private String events;
    private String api;

    @Override
    protected Map<String, String> extraProperties() {
        return EventReceiver.settings();
    }

    @BeforeEach
    void signInToANewTenant() {
        admin = newTenantWithAdmin("Console events");
        console = new ConsoleHttp(server.getURI());
        csrf = console.signIn(admin.username(), TENANT_ADMIN_PASSWORD);
        events = "/console/tenants/" + admin.tenantId() + "/events";
        api = "/api/v1/tenants/" + admin.tenantId() + "/event-endpoints";
    }

    @Test
    void anEndpointRegisteredInTheConsoleSignsWithTheSecretShownOnceAndLogsItsPosts() throws Exception {
        HttpResponse<String> registered = console.post(events, Map.of("csrf", csrf, "url", receiver.url("/events/console"),
                "event.message.accepted", "on", "event.delivery.captured", "on", "description", "Ops <team>",
                "maskRecipients", "on"));
        assertThat(registered.statusCode()).isEqualTo(200);
        assertThat(registered.body()).contains("id=\"issued\"", "shown this once and never again");
        String secret = match(SECRET, registered.body());
        String id = match(ENDPOINT, registered.body());
        Map<String, Object> stored = object(client.get(api, admin.token()).jsonList("endpoints").get(0));
        assertThat(stored).containsEntry("id", id).containsEntry("url", receiver.url("/events/console"))
                .containsEntry("events", List.of("message.accepted", "delivery.captured"))
                .containsEntry("description", "Ops <team>").containsEntry("maskRecipients", true);

        String messageId = sendCapturedEmail("ada@example.com");
        List<Exchange> posts = posts("/events/console", 2);
        for (Exchange post : posts) {
            new Webhook(secret).verify(post.bodyText(), post.headers());
        }
        assertThat(posts.get(1).bodyText()).contains("\"recipient\":\"a***@example.com\"").contains(messageId);

        String endpoint = events + "/" + id;
        waitFor(() -> console.get(endpoint).body().split("data-taken=\"yes\"", -1).length == 3);
        HttpResponse<String> page = console.get(endpoint);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<code>delivery.captured</code>", "<code>message.accepted</code>", ">204</td>",
                "Ops &lt;team&gt;", "state-active\">active</span>", "0 event(s)");
        assertThat(console.get(events).body()).contains("data-endpoint=\"" + id + "\"", "Ops &lt;team&gt;", ">masked<",
                "<code>message.accepted, delivery.captured</code>");
        for (String shown : List.of(events, endpoint, endpoint + "?page=1")) {
            assertThat(console.get(shown).body()).as(shown).doesNotContain(secret);
        }
        assertThat(client.get(api + "/" + id, admin.token()).body()).doesNotContain(secret);

        HttpResponse<String> rotated = console.post(endpoint + "/secret", Map.of("csrf", csrf));
        assertThat(rotated.statusCode()).isEqualTo(200);
        String current = match(SECRET, rotated.body());
        assertThat(current).isNotEqualTo(secret);
        assertThat(rotated.body()).contains("id=\"rotated\"", "The previous secret keeps signing beside it for 24h");
        assertThat(console.get(endpoint).body()).doesNotContain(current).doesNotContain(secret);
        sendCapturedEmail("bob@example.com");
        Exchange afterRotation = posts("/events/console", 4).get(2);
        new Webhook(current).verify(afterRotation.bodyText(), afterRotation.headers());
        new Webhook(secret).verify(afterRotation.bodyText(), afterRotation.headers());
    }

    @Test
    void anEndpointIsPausedResumedReplayedAndDeletedOnlyWithTheCsrfToken() throws Exception {
        String id = match(ENDPOINT, console.post(events, Map.of("csrf", csrf, "url", receiver.url("/events/actions")))
                .body());
        String endpoint = events + "/" + id;
        assertThat(client.get(api + "/" + id, admin.token()).json()).containsEntry("events", List.of());

        assertThat(console.post(endpoint + "/pause", Map.of("csrf", "forged")).statusCode()).as("without the CSRF token")
                .isEqualTo(403);
        assertThat(client.get(api + "/" + id, admin.token()).json()).containsEntry("state", "active");
        HttpResponse<String> paused = console.post(endpoint + "/pause", Map.of("csrf", csrf));
        assertThat(paused.statusCode()).isEqualTo(303);
        assertThat(client.get(api + "/" + id, admin.token()).json()).containsEntry("state", "paused")
                .containsEntry("pausedReason", "paused by the tenant");
        String messageId = sendCapturedEmail("paused@example.com");
        waitFor(() -> console.get(endpoint).body().contains("2 event(s)"));
        assertThat(console.get(paused.headers().firstValue("Location").orElseThrow()).body())
                .contains("id=\"done\"", "state-paused\">paused</span>", "paused by the tenant", "id=\"resume\"");
        assertThat(receiver.stub.exchanges()).as("nothing posted while paused").isEmpty();

        HttpResponse<String> resumed = console.post(endpoint + "/resume", Map.of("csrf", csrf));
        assertThat(resumed.headers().firstValue("Location")).hasValue(endpoint + "?done=resumed");
        posts("/events/actions", 2);

        HttpResponse<String> replayed = console.post(endpoint + "/replay", Map.of("csrf", csrf, "messageId", messageId));
        assertThat(replayed.statusCode()).isEqualTo(303);
        assertThat(replayed.headers().firstValue("Location")).hasValue(endpoint + "?replayed=2");
        assertThat(console.get(endpoint + "?replayed=2").body()).contains("2 event(s) of the message are queued again");
        List<Exchange> posts = posts("/events/actions", 4);
        assertThat(posts.get(2).header("webhook-id")).as("the same events again").isEqualTo(posts.get(0).header("webhook-id"));
        HttpResponse<String> badReplay = console.post(endpoint + "/replay", Map.of("csrf", csrf, "messageId", "<nope>"));
        assertThat(badReplay.statusCode()).isEqualTo(400);
        assertThat(badReplay.body()).contains("id=\"replay-error\"", "is not a message id", "value=\"&lt;nope>\"");

        assertThat(console.post(endpoint + "/delete", Map.of("messageId", messageId)).statusCode()).as("without the CSRF token")
                .isEqualTo(403);
        assertThat(console.post(endpoint + "/delete", Map.of()).statusCode()).as("an empty form").isEqualTo(400);
        HttpResponse<String> deleted = console.post(endpoint + "/delete", Map.of("csrf", csrf));
        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(client.get(api + "/" + id, admin.token()).status()).isEqualTo(404);
        assertThat(console.get(deleted.headers().firstValue("Location").orElseThrow()).body())
                .contains("id=\"deleted\"", receiver.url("/events/actions")).doesNotContain("data-endpoint=");
        assertThat(console.get(endpoint).statusCode()).as("gone").isEqualTo(404);
        assertThat(console.post(endpoint + "/pause", Map.of("csrf", csrf)).statusCode()).isEqualTo(404);
    }

    @Test
    void theLogIsPagedNewestFirst() throws Exception {
        String id = match(ENDPOINT, console.post(events, Map.of("csrf", csrf, "url", receiver.url("/events/log"),
                "event.message.accepted", "on")).body());
        String last = "";
        for (int i = 0; i < 26; i++) {
            last = sendCapturedEmail("user" + i + "@example.com");
        }
        List<Exchange> posts = posts("/events/log", 26);
        String newest = posts.get(25).header("webhook-id");
        String oldest = posts.get(0).header("webhook-id");
        String endpoint = events + "/" + id;
        waitFor(() -> console.get(endpoint + "?page=1").body().contains("data-event=\"" + oldest + "\""));

        String first = console.get(endpoint).body();
        assertThat(first.split("<tr data-event=", -1)).hasSize(26);
        assertThat(first.indexOf("data-event=\"" + newest + "\"")).as("the newest first").isPositive()
                .isLessThan(first.indexOf("<tr data-event=\"", first.indexOf("data-event=\"" + newest + "\"") + 1));
        assertThat(first).contains("rel=\"next\"").doesNotContain("data-event=\"" + oldest + "\"");
        String second = console.get(endpoint + "?page=1").body();
        assertThat(second.split("<tr data-event=", -1)).hasSize(2);
        assertThat(second).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
        assertThat(posts.get(25).bodyText()).contains(last);
    }

    @Test
    void badInputIsRefusedWithItsReasonNeverA500() {
        HttpResponse<String> badUrl = console.post(events, Map.of("csrf", csrf, "url", "ftp://hooks.example.com/?a=1&b=2",
                "event.delivery.dead", "on", "description", "kept as typed"));
        assertThat(badUrl.statusCode()).isEqualTo(400);
        assertThat(badUrl.body()).contains("id=\"endpoint-error\"", "url must be an http or https URL",
                "value=\"ftp://hooks.example.com/?a=1&amp;b=2\"", "value=\"kept as typed\"",
                "id=\"event-delivery-dead\" name=\"event.delivery.dead\" checked");
        HttpResponse<String> unknownEvent = console.post(events, Map.of("csrf", csrf, "url", "https://hooks.example.com",
                "event.delivery.teleported", "on"));
        assertThat(unknownEvent.statusCode()).isEqualTo(400);
        assertThat(unknownEvent.body()).contains("not an event: delivery.teleported");
        assertThat(console.post(events, Map.of("csrf", csrf, "url", "")).statusCode()).isEqualTo(400);
        assertThat(console.post(events, Map.of()).statusCode()).as("an empty form").isEqualTo(400);
        assertThat(console.post(events, Map.of("url", "https://hooks.example.com")).statusCode()).as("without the CSRF token")
                .isEqualTo(403);
        assertThat(client.get(api, admin.token()).jsonList("endpoints")).isEmpty();

        HttpResponse<String> malformed = console.get(events + "/not-an-id");
        assertThat(malformed.statusCode()).isEqualTo(404);
        assertThat(malformed.body()).contains("id=\"problem\"", "event endpoint 'not-an-id' does not exist");
        assertThat(console.get(events + "/0190c6c4-5b4a-7c2e-9a1b-000000000000").statusCode()).isEqualTo(404);
        assertThat(console.post(events + "/0190c6c4-5b4a-7c2e-9a1b-000000000000/secret", Map.of("csrf", csrf)).statusCode())
                .isEqualTo(404);
        String id = match(ENDPOINT, console.post(events, Map.of("csrf", csrf, "url", "https://hooks.example.com")).body());
        assertThat(console.get(events + "/" + id + "?page=two").statusCode()).isEqualTo(400);
        assertThat(console.get(events + "/" + id + "?done=teleported").statusCode()).isEqualTo(400);
        assertThat(console.get(events + "/" + id + "?replayed=many").statusCode()).isEqualTo(400);

        ConsoleHttp platform = new ConsoleHttp(server.getURI());
        platform.signIn(ADMIN, ADMIN_PASSWORD);
        assertThat(platform.get("/console/tenants/no-such-tenant/events").statusCode()).isEqualTo(404);
        assertThat(platform.get(events).body()).as("the platform admin sees every tenant's").contains("data-endpoint=\"" + id + "\"");
    }

    @Test
    void aTenantAdminIsRefusedAnotherTenantsEndpointsAndActions() {
        TenantAdmin owner = newTenantWithAdmin("Events owner");
        String ownersApi = "/api/v1/tenants/" + owner.tenantId() + "/event-endpoints";
        String id = (String) client.post(ownersApi, "{\"url\":\"https://owner.example.com/events\"}", owner.token()).json()
                .get("id");
        String theirs = "/console/tenants/" + owner.tenantId() + "/events";
        Map<String, String> form = Map.of("csrf", csrf, "url", "https://evil.example.com",
                "messageId", "0190c6c4-5b4a-7c2e-9a1b-000000000000");

        assertThat(console.get(theirs).statusCode()).isEqualTo(403);
        assertThat(console.get(theirs + "/" + id).statusCode()).isEqualTo(403);
        assertThat(console.post(theirs, form).statusCode()).isEqualTo(403);
        for (String action : List.of("pause", "resume", "secret", "replay", "delete")) {
            assertThat(console.post(theirs + "/" + id + "/" + action, form).statusCode()).as(action).isEqualTo(403);
        }
        assertThat(console.get(events + "/" + id).statusCode()).as("their endpoint under its own tenant").isEqualTo(404);

        assertThat(client.get(ownersApi, owner.token()).jsonList("endpoints")).singleElement()
                .satisfies(endpoint -> assertThat(object(endpoint)).containsEntry("state", "active"));
    }

    private String sendCapturedEmail(String to) {
        GatewayClient.Response sent = client.post("/api/v1/communications/send", """
                {"subject":"Hi","body":"Hello.","channels":["Email"],"emailAddress":"%s"}""".formatted(to), admin.token());
        assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
        return (String) object(client.get("/api/v1/tenants/" + admin.tenantId() + "/messages", admin.token())
                .jsonList("messages").get(0)).get("id");
    }

    /** The first {@code count} posts the receiver took at {@code path}, once it has taken that many. */
    private List<Exchange> posts(String path, int count) throws InterruptedException {
        waitFor(() -> receiver.stub.exchanges().stream().filter(exchange -> exchange.path().equals(path)).count() >= count);
        return receiver.stub.exchanges().stream().filter(exchange -> exchange.path().equals(path)).limit(count).toList();
    }

    private static String match(Pattern pattern, String page) {
        Matcher matcher = pattern.matcher(page);
        assertThat(matcher.find()).as("%s in %s", pattern, page).isTrue();
        return matcher.group(1);
    }
}
