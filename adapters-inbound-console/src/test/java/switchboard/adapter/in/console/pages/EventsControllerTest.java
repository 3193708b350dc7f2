package switchboard.adapter.in.console.pages;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.micronaut.http.HttpResponse;
import io.micronaut.views.ModelAndView;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import switchboard.adapter.in.console.Operator;
import switchboard.application.event.EventAttempt;
import switchboard.application.shared.NotFoundException;
import switchboard.domain.event.EventEndpoint;
import switchboard.domain.event.EventType;
import switchboard.domain.message.MessageId;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The events pages over in-memory use cases, rendered by the templates the console serves (the
 * precompiled JTE classes): the secret on the registration's and the rotation's answers only, bad
 * input refused with its reason and the form kept, each action needing the session's CSRF token
 * and the tenant's own admin, and the log paged.
 */
class EventsControllerTest {

    private static final TenantId ACME = new TenantId("acme");
    private static final TenantId OTHER = new TenantId("other");
    private static final String CSRF = "the-sessions-csrf-token";
    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);

    private final FakeEventEndpoints events = new FakeEventEndpoints(ACME, OTHER);
    private final EventsController controller = new EventsController(events, events, events, events, events, events, events,
            events, events, "24h");
    private final Operator admin = new Operator("ops", ACME, false, CSRF);

    @Test
    void aRegisteredEndpointShowsItsSecretOnTheAnswerOnlyAndItsSettingsEscaped() {
        HttpResponse<?> registered = controller.create("acme", form("url", "https://hooks.example.com/events?a=1&b=2",
                "event.delivery.failed", "on", "event.message.accepted", "on", "description", "Ops <team>",
                "maskRecipients", "on"), admin);

        assertThat(registered.code()).isEqualTo(200);
        String secret = FakeEventEndpoints.secretNumber(1);
        assertThat(html(registered)).contains("<code class=\"secret\" id=\"secret\">" + secret + "</code>",
                "shown this once and never again", "https://hooks.example.com/events?a=1&amp;b=2");
        EventEndpoint stored = events.endpoints.values().iterator().next();
        assertThat(stored.events()).containsExactlyInAnyOrder(EventType.MESSAGE_ACCEPTED, EventType.DELIVERY_FAILED);
        assertThat(stored.maskRecipients()).isTrue();
        assertThat(stored.description()).isEqualTo("Ops <team>");

        String list = html(controller.list("acme", null, admin));
        assertThat(list).contains("data-endpoint=\"" + stored.id() + "\"", "<code>message.accepted, delivery.failed</code>",
                "Ops &lt;team&gt;", ">masked<", "state-active").doesNotContain(secret).doesNotContain("id=\"issued\"");
        assertThat(endpointPage(stored.id())).contains("Ops &lt;team&gt;").doesNotContain(secret);
    }

    @Test
    void anEndpointWithNoEventTickedIsSentEveryEvent() {
        controller.create("acme", form("url", "https://hooks.example.com/all"), admin);

        assertThat(events.endpoints.values()).singleElement().satisfies(endpoint -> {
            assertThat(endpoint.events()).isEmpty();
            assertThat(endpoint.maskRecipients()).isFalse();
        });
        assertThat(html(controller.list("acme", null, admin))).contains(">all events<", ">in full<");
    }

    @Test
    void aBadUrlOrAnUnknownEventIsRefusedWithTheReasonAndTheFormKeptAsTyped() {
        HttpResponse<?> badUrl = controller.create("acme", form("url", "ftp://hooks.example.com/events",
                "event.delivery.dead", "on", "description", "kept", "maskRecipients", "on"), admin);

        assertThat(badUrl.code()).isEqualTo(400);
        assertThat(html(badUrl)).contains("id=\"endpoint-error\"", "url must be an http or https URL",
                "value=\"ftp://hooks.example.com/events\"", "value=\"kept\"", "<details class=\"card\" open>")
                .containsPattern("id=\"event-delivery-dead\" name=\"event.delivery.dead\" checked")
                .containsPattern("id=\"mask\" name=\"maskRecipients\" checked")
                .doesNotContainPattern("id=\"event-delivery-sent\" name=\"event.delivery.sent\" checked");

        HttpResponse<?> unknownEvent = controller.create("acme", form("url", "https://hooks.example.com",
                "event.delivery.teleported", "on"), admin);
        assertThat(unknownEvent.code()).isEqualTo(400);
        assertThat(html(unknownEvent)).contains("not an event: delivery.teleported");

        assertThat(controller.create("acme", form("url", "https://hooks.example.com", "description", "x".repeat(501)), admin)
                .code()).isEqualTo(400);
        assertThat(events.endpoints).isEmpty();
    }

    @Test
    void anEndpointIsPausedResumedAndShowsWhyAndSinceWhenItFails() {
        UUID id = registered();

        HttpResponse<?> paused = controller.pause("acme", id.toString(), form(), admin);
        assertThat(paused.code()).isEqualTo(303);
        assertThat(paused.header("Location")).isEqualTo("/console/tenants/acme/events/" + id + "?done=paused");
        assertThat(html(controller.endpoint("acme", id.toString(), 0, "paused", null, admin)))
                .contains("id=\"done\">Paused: its events are kept", "state-paused\">paused</span>",
                        "paused by the tenant", "id=\"resume\"").doesNotContain("id=\"pause\"");

        HttpResponse<?> resumed = controller.resume("acme", id.toString(), form(), admin);
        assertThat(resumed.header("Location")).endsWith("?done=resumed");
        assertThat(endpointPage(id)).contains("state-active\">active</span>", "id=\"pause\"").doesNotContain("paused by the tenant");

        Instant since = Instant.parse("2026-12-06T08:00:00Z");
        EventEndpoint failing = events.endpoints.get(id);
        events.save(new EventEndpoint(id, ACME, failing.url(), failing.events(), "", false,
                Optional.of("HTTP 503 for 72 hours"), Optional.of(since), failing.createdAt()));
        assertThat(html(controller.list("acme", null, admin))).contains("state-paused\">paused</span>",
                "HTTP 503 for 72 hours", "failing since <time datetime=\"2026-12-06T08:00:00Z\">");
        events.save(new EventEndpoint(id, ACME, failing.url(), failing.events(), "", false, Optional.empty(), Optional.of(since),
                failing.createdAt()));
        assertThat(endpointPage(id)).contains("state-failing\">failing</span>", "failing since");
    }

    @Test
    void aRotatedSecretIsShownOnceWithTheOverlapItSignsBesideThePreviousOne() {
        UUID id = registered();

        HttpResponse<?> rotated = controller.rotate("acme", id.toString(), form(), admin);

        assertThat(rotated.code()).isEqualTo(200);
        String secret = FakeEventEndpoints.secretNumber(2);
        assertThat(html(rotated)).contains("id=\"rotated\"", "<code class=\"secret\" id=\"secret\">" + secret + "</code>",
                "The previous secret keeps signing beside it for 24h");
        assertThat(endpointPage(id)).doesNotContain(secret).doesNotContain(FakeEventEndpoints.secretNumber(1));
        assertThat(html(controller.list("acme", null, admin))).doesNotContain(secret);
    }

    @Test
    void aDeletedEndpointIsGoneAndTheListSaysWhichItWas() {
        UUID id = registered();

        HttpResponse<?> deleted = controller.delete("acme", id.toString(), form(), admin);

        assertThat(deleted.code()).isEqualTo(303);
        assertThat(deleted.header("Location")).isEqualTo("/console/tenants/acme/events?deleted=https%3A%2F%2Fhooks.example.com%2Fe");
        assertThat(events.endpoints).isEmpty();
        assertThat(html(controller.list("acme", "https://hooks.example.com/e", admin)))
                .contains("id=\"deleted\"", "https://hooks.example.com/e", "No event endpoints yet.");
        assertThatThrownBy(() -> controller.delete("acme", id.toString(), form(), admin)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aMessagesEventsAreReplayedAndAnIdThatIsNoMessagesIsRefused() {
        UUID id = registered();
        MessageId message = MessageId.generate();

        HttpResponse<?> replayed = controller.replay("acme", id.toString(), form("messageId", " " + message + " "), admin);

        assertThat(replayed.code()).isEqualTo(303);
        assertThat(replayed.header("Location")).endsWith(id + "?replayed=2");
        assertThat(events.replays).singleElement().satisfies(selection -> {
            assertThat(selection.message()).contains(message);
            assertThat(selection.from()).isEmpty();
        });
        assertThat(html(controller.endpoint("acme", id.toString(), 0, null, 2, admin)))
                .contains("2 event(s) of the message are queued again");
        assertThat(html(controller.endpoint("acme", id.toString(), 0, null, 0, admin))).contains("Nothing was queued");

        HttpResponse<?> refused = controller.replay("acme", id.toString(), form("messageId", "<not-an-id>"), admin);
        assertThat(refused.code()).isEqualTo(400);
        assertThat(html(refused)).contains("<details class=\"confirm\" id=\"replay-events\" open>", "id=\"replay-error\"",
                "'&lt;not-an-id&gt;' is not a message id", "value=\"&lt;not-an-id>\"");
        assertThat(controller.replay("acme", id.toString(), form("messageId", ""), admin).code()).isEqualTo(400);
        assertThat(events.replays).hasSize(1);
    }

    @Test
    void theLogIsPagedNewestFirstAndSaysWhenThereWasNoStatus() {
        UUID id = registered();
        IntStream.range(0, 30).forEach(n -> events.log.add(new EventAttempt(id, UUID.randomUUID(), EventType.DELIVERY_SENT,
                FakeEventEndpoints.NOW.minusSeconds(n), n != 0, n == 0 ? OptionalInt.empty() : OptionalInt.of(204), 12 + n,
                n == 0 ? "10.0.0.1 is a <private> address" : "")));

        String first = endpointPage(id);
        assertThat(first.split("<tr data-event=", -1)).hasSize(26);
        assertThat(first).contains("data-taken=\"no\"", "state-failing\">not taken</span>", ">none</td>", "12 ms",
                "10.0.0.1 is a &lt;private&gt; address", "class=\"error-text\"",
                "href=\"/console/tenants/acme/events/" + id + "?page=1\" rel=\"next\"").doesNotContain("rel=\"prev\"");
        String second = html(controller.endpoint("acme", id.toString(), 1, null, null, admin));
        assertThat(second.split("<tr data-event=", -1)).hasSize(6);
        assertThat(second).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
    }

    @Test
    void everyActionWithoutTheSessionsCsrfTokenIsRefusedAndDoesNothing() {
        UUID id = registered();
        Map<String, String> forged = Map.of("csrf", "another-sessions-token", "url", "https://evil.example.com",
                "messageId", MessageId.generate().toString());
        String endpoint = id.toString();

        assertThatThrownBy(() -> controller.create("acme", forged, admin)).isInstanceOf(Operator.Refused.class);
        assertThatThrownBy(() -> controller.pause("acme", endpoint, forged, admin)).isInstanceOf(Operator.Refused.class);
        assertThatThrownBy(() -> controller.resume("acme", endpoint, forged, admin)).isInstanceOf(Operator.Refused.class);
        assertThatThrownBy(() -> controller.rotate("acme", endpoint, forged, admin)).isInstanceOf(Operator.Refused.class);
        assertThatThrownBy(() -> controller.replay("acme", endpoint, forged, admin)).isInstanceOf(Operator.Refused.class);
        assertThatThrownBy(() -> controller.delete("acme", endpoint, Map.of(), admin)).isInstanceOf(Operator.Refused.class);

        assertThat(events.endpoints).containsOnlyKeys(id);
        assertThat(events.endpoints.get(id).isPaused()).isFalse();
        assertThat(events.replays).isEmpty();
    }

    @Test
    void aTenantAdminIsRefusedAnotherTenantsEndpointsAndAPlatformAdminSeesThem() {
        UUID theirs = events.create(OTHER, URI.create("https://other.example.com"), Set.of(), "", false).state().endpoint().id();

        assertThatThrownBy(() -> controller.list("other", null, admin)).isInstanceOf(Operator.Refused.class);
        assertThatThrownBy(() -> controller.endpoint("other", theirs.toString(), 0, null, null, admin))
                .isInstanceOf(Operator.Refused.class);
        assertThatThrownBy(() -> controller.pause("other", theirs.toString(), form(), admin)).isInstanceOf(Operator.Refused.class);
        assertThatThrownBy(() -> controller.delete("other", theirs.toString(), form(), admin)).isInstanceOf(Operator.Refused.class);
        assertThatThrownBy(() -> controller.endpoint("acme", theirs.toString(), 0, null, null, admin))
                .as("another tenant's endpoint under its own tenant").isInstanceOf(NotFoundException.class);
        assertThat(events.endpoints.get(theirs).isPaused()).isFalse();

        Operator platformAdmin = new Operator("admin", TenantId.DEFAULT, true, CSRF);
        assertThat(html(controller.list("other", null, platformAdmin))).contains("https://other.example.com");
        assertThatThrownBy(() -> controller.list("unknown", null, platformAdmin)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anAddressThatNamesNoEndpointIsNotFound() {
        assertThatThrownBy(() -> controller.endpoint("acme", "not-an-id", 0, null, null, admin))
                .isInstanceOf(NotFoundException.class).hasMessage("event endpoint 'not-an-id' does not exist");
        assertThatThrownBy(() -> controller.endpoint("acme", UUID.randomUUID().toString(), 0, null, null, admin))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> controller.endpoint("acme", registered().toString(), 0, "teleported", null, admin))
                .as("a notice the console does not know").isInstanceOf(IllegalArgumentException.class);
    }

    private UUID registered() {
        controller.create("acme", form("url", "https://hooks.example.com/e"), admin);
        return events.endpoints.keySet().iterator().next();
    }

    private String endpointPage(UUID id) {
        return html(controller.endpoint("acme", id.toString(), 0, null, null, admin));
    }

    /** A form with the session's CSRF token and these fields. */
    private static Map<String, String> form(String... fields) {
        Map<String, String> form = new HashMap<>(Map.of("csrf", CSRF));
        for (int i = 0; i < fields.length; i += 2) {
            form.put(fields[i], fields[i + 1]);
        }
        return form;
    }

    /** The page the response names, rendered from its model as the console renders it. */
    @SuppressWarnings("unchecked")
    private static String html(HttpResponse<?> response) {
        ModelAndView<Map<String, Object>> page = (ModelAndView<Map<String, Object>>) response.body();
        StringOutput output = new StringOutput();
        TEMPLATES.render(page.getView().orElseThrow() + ".jte", page.getModel().orElseThrow(), output);
        return output.toString();
    }
}
