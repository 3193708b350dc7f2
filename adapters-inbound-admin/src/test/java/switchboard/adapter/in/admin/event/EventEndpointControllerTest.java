package switchboard.adapter.in.admin.event;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import switchboard.adapter.in.admin.ProblemDetails;
import switchboard.adapter.in.admin.Roles;
import switchboard.adapter.in.admin.TenantAccess;
import switchboard.application.event.CreateEventEndpointUseCase;
import switchboard.application.event.DeleteEventEndpointUseCase;
import switchboard.application.event.EventEndpointState;
import switchboard.application.event.EventEndpointWithSecret;
import switchboard.application.event.GetEventEndpointUseCase;
import switchboard.application.event.ListEventAttemptsUseCase;
import switchboard.application.event.ListEventEndpointsUseCase;
import switchboard.application.event.PauseEventEndpointUseCase;
import switchboard.application.event.ReplayEventsUseCase;
import switchboard.application.event.ResumeEventEndpointUseCase;
import switchboard.application.event.RotateEventSecretUseCase;
import switchboard.application.event.UpdateEventEndpointUseCase;
import switchboard.application.event.EventSelection;
import switchboard.application.event.EventAttempt;
import switchboard.application.shared.NotFoundException;
import switchboard.application.shared.PageRequest;
import switchboard.domain.InvalidValueException;
import switchboard.domain.event.EventEndpoint;
import switchboard.domain.event.EventType;
import switchboard.domain.message.MessageId;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event endpoints' routes over in-memory use cases: the JSON they answer (read as the gateway
 * writes it, absent fields left out), the secret in the answers to a creation and a rotation only,
 * and every bad request a ProblemDetails with its status, as the controller's handlers make it.
 */
class EventEndpointControllerTest {

    private static final ObjectMapper JSON = ObjectMapper.create(Map.of("micronaut.serde.serialization.inclusion", "non_null"));
    private static final TenantId ACME = new TenantId("acme");
    private static final String PATH = "/api/v1/tenants/acme/event-endpoints";
    private static final Instant CREATED = Instant.parse("2025-03-04T05:06:07Z");
    private static final Authentication ACME_ADMIN = Authentication.build("ann", List.of(Roles.ADMIN),
            Map.of(Roles.TENANT_CLAIM, "acme"));

    private final FakeEndpoints endpoints = new FakeEndpoints();
    private final FakeLog eventLog = new FakeLog(endpoints);
    private final EventEndpointController controller = new EventEndpointController(endpoints, endpoints, endpoints, endpoints,
            endpoints, endpoints, endpoints, endpoints, eventLog, eventLog);

    @AfterAll
    static void closeMapper() {
        ((ObjectMapper.CloseableObjectMapper) JSON).close();
    }

    @Test
    void aCreatedEndpointIsAnsweredWith201ItsPlaceAndItsSecretShownThisOnce() {
        HttpResponse<?> answer = call(() -> controller.create("acme", new EventEndpointBody("https://hooks.example.com/in",
                List.of("delivery.failed", " Delivery.Sent ", "delivery.failed"), "billing", true), HttpRequest.POST(PATH, ""),
                ACME_ADMIN));

        assertThat(answer.code()).isEqualTo(201);
        String id = json(answer).get("id").getStringValue();
        assertThat(answer.getHeaders().get(HttpHeaders.LOCATION)).isEqualTo(PATH + "/" + id);
        assertThat(fields(answer)).containsExactlyInAnyOrder("id", "url", "events", "description", "maskRecipients", "state",
                "waiting", "createdAt", "secret");
        assertThat(json(answer).get("maskRecipients").getBooleanValue()).isTrue();
        assertThat(json(answer).get("secret").getStringValue()).isEqualTo(endpoints.secrets.get(UUID.fromString(id)));
        assertThat(json(answer).get("url").getStringValue()).isEqualTo("https://hooks.example.com/in");
        assertThat(strings(json(answer).get("events"))).containsExactly("delivery.sent", "delivery.failed");
        assertThat(json(answer).get("description").getStringValue()).isEqualTo("billing");
        assertThat(json(answer).get("state").getStringValue()).isEqualTo("active");
        assertThat(json(answer).get("waiting").getLongValue()).isZero();
        assertThat(json(answer).get("createdAt").getStringValue()).isEqualTo("2025-03-04T05:06:07Z");
        assertThat(answer.getBody().orElseThrow().toString()).doesNotContain(endpoints.secrets.get(UUID.fromString(id)));
    }

    @Test
    void anEndpointWithoutEventsIsSentEveryEventAndShowsNone() {
        HttpResponse<?> absent = create("https://hooks.example.com/a", null);
        HttpResponse<?> empty = create("https://hooks.example.com/b", List.of());

        assertThat(endpoints.stored.values()).allSatisfy(endpoint -> assertThat(endpoint.events()).isEmpty());
        assertThat(strings(json(absent).get("events"))).isEmpty();
        assertThat(strings(json(empty).get("events"))).isEmpty();
        assertThat(json(absent).get("description").getStringValue()).isEmpty();
    }

    @Test
    void noOtherAnswerShowsTheSecret() {
        UUID id = created();
        String secret = endpoints.secrets.get(id);

        List<HttpResponse<?>> answers = List.of(
                call(() -> controller.list("acme", ACME_ADMIN)),
                call(() -> controller.get("acme", id.toString(), ACME_ADMIN)),
                call(() -> controller.update("acme", id.toString(), new EventEndpointBody("https://hooks.example.com/new",
                        null, null, null), ACME_ADMIN)),
                call(() -> controller.pause("acme", id.toString(), ACME_ADMIN)),
                call(() -> controller.resume("acme", id.toString(), ACME_ADMIN)));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.code()).isEqualTo(200);
            assertThat(JSON.writeValueAsString(answer.body())).doesNotContain("secret", secret);
        });
        assertThat(json(answers.get(0)).get("endpoints").get(0).get("id").getStringValue()).isEqualTo(id.toString());
    }

    @Test
    void aRotationAnswersTheEndpointWithItsNewSecret() {
        UUID id = created();
        String first = endpoints.secrets.get(id);

        HttpResponse<?> answer = call(() -> controller.rotateSecret("acme", id.toString(), ACME_ADMIN));

        assertThat(answer.code()).isEqualTo(200);
        assertThat(json(answer).get("id").getStringValue()).isEqualTo(id.toString());
        assertThat(json(answer).get("secret").getStringValue()).isEqualTo(endpoints.secrets.get(id)).isNotEqualTo(first);
    }

    @Test
    void anUpdateReplacesTheSettingsAndAPausedEndpointSaysWhyAndSinceWhenItFails() {
        UUID id = created();
        endpoints.stored.computeIfPresent(id, (key, endpoint) -> new EventEndpoint(endpoint.id(), endpoint.tenantId(),
                endpoint.url(), endpoint.events(), endpoint.description(), false, Optional.of("paused by the gateway"),
                Optional.of(CREATED.plusSeconds(60)), endpoint.createdAt()));

        HttpResponse<?> answer = call(() -> controller.update("acme", id.toString(),
                new EventEndpointBody("http://hooks.example.com:8080/v2?x=1", List.of("message.accepted"), "new", null),
                ACME_ADMIN));

        assertThat(endpoints.stored.get(id).url()).isEqualTo(URI.create("http://hooks.example.com:8080/v2?x=1"));
        assertThat(json(answer).get("url").getStringValue()).isEqualTo("http://hooks.example.com:8080/v2?x=1");
        assertThat(strings(json(answer).get("events"))).containsExactly("message.accepted");
        assertThat(json(answer).get("description").getStringValue()).isEqualTo("new");
        assertThat(json(answer).get("state").getStringValue()).isEqualTo("paused");
        assertThat(json(answer).get("pausedReason").getStringValue()).isEqualTo("paused by the gateway");
        assertThat(json(answer).get("failingSince").getStringValue()).isEqualTo("2025-03-04T05:07:07Z");

        HttpResponse<?> resumed = call(() -> controller.resume("acme", id.toString(), ACME_ADMIN));
        assertThat(json(resumed).get("state").getStringValue()).isEqualTo("active");
        assertThat(fields(resumed)).doesNotContain("pausedReason", "failingSince");
    }

    @Test
    void aUrlEventsCannotBePostedToIsA400() {
        assertProblem(create("ftp://files.example.com/in", null), 400, "url must be an http or https URL");
        assertProblem(create("https://user:pw@hooks.example.com/", null), 400, "url must not hold a user name or password");
        assertProblem(create("not a url", null), 400, "url is not a valid URL: Illegal character in path");
        assertProblem(create(" ", null), 400, "url is required");
        assertThat(endpoints.stored).isEmpty();
    }

    @Test
    void unknownEventNamesAreA400NamingEachOfThem() {
        String known = "[message.accepted, delivery.sent, delivery.delivered, delivery.failed, delivery.dead, delivery.skipped, "
                + "delivery.cancelled, delivery.captured]";
        assertProblem(create("https://hooks.example.com/in", List.of("delivery.sent", "delivery.bounced", "sent")), 400,
                "'delivery.bounced', 'sent' are not event types; use some of " + known);
        assertProblem(create("https://hooks.example.com/in", List.of("delivery_sent")), 400,
                "'delivery_sent' is not an event type; use some of " + known);
        assertThat(endpoints.stored).isEmpty();
    }

    @Test
    void aDescriptionTooLongIsA400() {
        HttpResponse<?> answer = call(() -> controller.create("acme", new EventEndpointBody("https://hooks.example.com/in", null,
                "d".repeat(EventEndpoint.MAX_DESCRIPTION_LENGTH + 1), null), HttpRequest.POST(PATH, ""), ACME_ADMIN));

        assertProblem(answer, 400, "description is longer than 500 characters");
    }

    @Test
    void anUnknownEndpointOrAnIdThatIsNoIdIsA404() {
        String unknown = UUID.randomUUID().toString();
        EventEndpointBody body = new EventEndpointBody("https://hooks.example.com/in", null, null, null);

        for (Supplier<?> route : List.<Supplier<?>>of(
                () -> controller.get("acme", unknown, ACME_ADMIN),
                () -> controller.update("acme", unknown, body, ACME_ADMIN),
                () -> controller.delete("acme", unknown, ACME_ADMIN),
                () -> controller.pause("acme", unknown, ACME_ADMIN),
                () -> controller.resume("acme", unknown, ACME_ADMIN),
                () -> controller.rotateSecret("acme", unknown, ACME_ADMIN),
                () -> controller.attempts("acme", unknown, 0, 100, ACME_ADMIN),
                () -> controller.replay("acme", unknown, new ReplayBody(null, "2025-03-04T00:00:00Z", "2025-03-05T00:00:00Z"),
                        ACME_ADMIN))) {
            assertProblem(call(route), 404, "event endpoint '" + unknown + "' does not exist");
        }
        assertProblem(call(() -> controller.get("acme", "not-a-uuid", ACME_ADMIN)), 404,
                "event endpoint 'not-a-uuid' does not exist");
    }

    @Test
    void anotherTenantsAdminIsRefusedAndABadTenantIdIsA400() {
        UUID id = created();

        assertThat(call(() -> controller.get("globex", id.toString(), ACME_ADMIN)).code()).isEqualTo(403);
        assertThat(call(() -> controller.delete("globex", id.toString(), ACME_ADMIN)).code()).isEqualTo(403);
        Authentication platform = Authentication.build("root", List.of(Roles.ADMIN, Roles.PLATFORM_ADMIN),
                Map.of(Roles.TENANT_CLAIM, "default"));
        assertThat(call(() -> controller.list("Not A Tenant", platform)).code()).isEqualTo(400);
        assertThat(endpoints.stored).containsKey(id);
    }

    @Test
    void aDeletedEndpointIsA204AndThenGone() {
        UUID id = created();

        assertThat(call(() -> controller.delete("acme", id.toString(), ACME_ADMIN)).code()).isEqualTo(204);
        assertThat(call(() -> controller.get("acme", id.toString(), ACME_ADMIN)).code()).isEqualTo(404);
    }

    @Test
    void theLogIsPagedWithEachPostsFieldsAndNoStatusWhenTheEndpointGaveNone() {
        UUID id = created();
        UUID event = UUID.randomUUID();
        eventLog.attempts.add(new EventAttempt(id, event, EventType.DELIVERY_SENT, CREATED.plusSeconds(5), false,
                OptionalInt.empty(), 10_000, "timed out"));
        eventLog.attempts.add(new EventAttempt(id, event, EventType.DELIVERY_SENT, CREATED, true, OptionalInt.of(204), 42, ""));

        HttpResponse<?> answer = call(() -> controller.attempts("acme", id.toString(), 0, 10, ACME_ADMIN));

        JsonNode page = json(answer);
        assertThat(page.get("offset").getIntValue()).isZero();
        assertThat(page.get("limit").getIntValue()).isEqualTo(10);
        JsonNode failed = page.get("attempts").get(0);
        assertThat(failed.get("eventId").getStringValue()).isEqualTo(event.toString());
        assertThat(failed.get("type").getStringValue()).isEqualTo("delivery.sent");
        assertThat(failed.get("at").getStringValue()).isEqualTo("2025-03-04T05:06:12Z");
        assertThat(failed.get("delivered").getBooleanValue()).isFalse();
        assertThat(failed.get("status")).isNull();
        assertThat(failed.get("latencyMs").getLongValue()).isEqualTo(10_000);
        assertThat(failed.get("detail").getStringValue()).isEqualTo("timed out");
        JsonNode delivered = page.get("attempts").get(1);
        assertThat(delivered.get("delivered").getBooleanValue()).isTrue();
        assertThat(delivered.get("status").getIntValue()).isEqualTo(204);

        assertThat(json(call(() -> controller.attempts("acme", id.toString(), 1, 1, ACME_ADMIN))).get("attempts").size())
                .isEqualTo(1);
        assertProblem(call(() -> controller.attempts("acme", id.toString(), 0, 0, ACME_ADMIN)), 400,
                "limit must be between 1 and 1000");
        assertProblem(call(() -> controller.attempts("acme", id.toString(), -1, 10, ACME_ADMIN)), 400,
                "offset must not be negative");
    }

    @Test
    void aReplayOfAMessageOrOfATimeRangeIsAcceptedWithHowManyWereQueued() {
        UUID id = created();
        UUID message = UUID.randomUUID();
        eventLog.queued = 3;

        HttpResponse<?> answer = call(() -> controller.replay("acme", id.toString(), new ReplayBody(message.toString(), null, null),
                ACME_ADMIN));

        assertThat(answer.code()).isEqualTo(202);
        assertThat(fields(answer)).containsExactly("queued");
        assertThat(json(answer).get("queued").getIntValue()).isEqualTo(3);
        assertThat(eventLog.selections).containsExactly(new EventSelection(Optional.of(new MessageId(message)),
                Optional.empty(), Optional.empty()));

        call(() -> controller.replay("acme", id.toString(), new ReplayBody(null, "2025-03-04T00:00:00Z",
                "2025-03-04T12:00:00+02:00"), ACME_ADMIN));
        assertThat(eventLog.selections.get(1)).isEqualTo(new EventSelection(Optional.empty(),
                Optional.of(Instant.parse("2025-03-04T00:00:00Z")), Optional.of(Instant.parse("2025-03-04T10:00:00Z"))));
    }

    @Test
    void aReplayThatSelectsNothingOrIsMalformedIsA400() {
        String id = created().toString();

        assertProblem(replay(id, null, null, null), 400, "a replay needs a messageId, or both from and until");
        assertProblem(replay(id, null, "2025-03-04T00:00:00Z", null), 400, "a replay needs a messageId, or both from and until");
        assertProblem(replay(id, null, "2025-03-05T00:00:00Z", "2025-03-04T00:00:00Z"), 400, "from must be before until");
        assertProblem(replay(id, "42", null, null), 400, "messageId '42' is not a message id (a UUID)");
        assertProblem(replay(id, null, "yesterday", "2025-03-04T00:00:00Z"), 400,
                "from 'yesterday' is not an ISO-8601 time such as 2025-03-04T05:06:07Z");
        assertProblem(replay(id, null, "2025-03-04T00:00:00Z", "2025-03-05"), 400,
                "until '2025-03-05' is not an ISO-8601 time such as 2025-03-04T05:06:07Z");
        assertThat(eventLog.selections).isEmpty();
    }

    private HttpResponse<?> replay(String id, String messageId, String from, String until) {
        return call(() -> controller.replay("acme", id, new ReplayBody(messageId, from, until), ACME_ADMIN));
    }

    private HttpResponse<?> create(String url, List<String> events) {
        return call(() -> controller.create("acme", new EventEndpointBody(url, events, null, null), HttpRequest.POST(PATH, ""),
                ACME_ADMIN));
    }

    private UUID created() {
        return UUID.fromString(json(create("https://hooks.example.com/in", null)).get("id").getStringValue());
    }

    /** The route's answer, or the one the controller's error handlers give for what it threw. */
    private HttpResponse<?> call(Supplier<?> route) {
        HttpRequest<?> request = HttpRequest.GET(PATH);
        try {
            Object answer = route.get();
            return answer instanceof HttpResponse<?> response ? response : HttpResponse.ok(answer);
        } catch (InvalidValueException e) {
            return controller.invalidValue(request, e);
        } catch (NotFoundException e) {
            return controller.notFound(request, e);
        } catch (TenantAccess.Denied e) {
            return controller.forbidden(request, e);
        }
    }

    private static void assertProblem(HttpResponse<?> answer, int status, String detail) {
        assertThat(answer.code()).isEqualTo(status);
        assertThat(answer.getContentType()).contains(ProblemDetails.MEDIA_TYPE);
        assertThat(answer.body()).isInstanceOfSatisfying(ProblemDetails.class, problem -> {
            assertThat(problem.status()).isEqualTo(status);
            assertThat(problem.detail()).isEqualTo(detail);
        });
    }

    private static JsonNode json(HttpResponse<?> answer) {
        try {
            return JSON.readValue(JSON.writeValueAsString(answer.body()), JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> fields(HttpResponse<?> answer) {
        List<String> names = new ArrayList<>();
        json(answer).entries().forEach(entry -> names.add(entry.getKey()));
        return names;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.values().forEach(value -> values.add(value.getStringValue()));
        return values;
    }

    /** The tenant acme's endpoints, kept in memory; every secret issued is kept to compare with the answers. */
    static final class FakeEndpoints implements CreateEventEndpointUseCase, ListEventEndpointsUseCase, GetEventEndpointUseCase,
            UpdateEventEndpointUseCase, DeleteEventEndpointUseCase, PauseEventEndpointUseCase, ResumeEventEndpointUseCase,
            RotateEventSecretUseCase {

        private static final Random RANDOM = new Random();

        final Map<UUID, EventEndpoint> stored = new LinkedHashMap<>();
        final Map<UUID, String> secrets = new LinkedHashMap<>();

        @Override
        public EventEndpointWithSecret create(TenantId tenantId, URI url, Set<EventType> events, String description,
                                              boolean maskRecipients) {
            EventEndpoint endpoint = new EventEndpoint(UUID.randomUUID(), tenantId, url, events, description, maskRecipients,
                    Optional.empty(),
                    Optional.empty(), CREATED);
            stored.put(endpoint.id(), endpoint);
            return new EventEndpointWithSecret(new EventEndpointState(endpoint, 0), issue(endpoint.id()));
        }

        @Override
        public List<EventEndpointState> list(TenantId tenantId) {
            return stored.values().stream().filter(endpoint -> endpoint.tenantId().equals(tenantId))
                    .map(endpoint -> new EventEndpointState(endpoint, 2)).toList();
        }

        @Override
        public EventEndpointState get(TenantId tenantId, UUID id) {
            return new EventEndpointState(find(tenantId, id), 2);
        }

        @Override
        public EventEndpointState update(TenantId tenantId, UUID id, URI url, Set<EventType> events, String description,
                                         boolean maskRecipients) {
            return store(find(tenantId, id).changed(url, events, description, maskRecipients));
        }

        @Override
        public EventEndpointState pause(TenantId tenantId, UUID id) {
            return store(find(tenantId, id).paused("paused by the tenant"));
        }

        @Override
        public EventEndpointState resume(TenantId tenantId, UUID id) {
            return store(find(tenantId, id).resumed());
        }

        @Override
        public void delete(TenantId tenantId, UUID id) {
            stored.remove(find(tenantId, id).id());
        }

        @Override
        public EventEndpointWithSecret rotateSecret(TenantId tenantId, UUID id) {
            return new EventEndpointWithSecret(get(tenantId, id), issue(id));
        }

        EventEndpoint find(TenantId tenantId, UUID id) {
            return Optional.ofNullable(stored.get(id)).filter(endpoint -> endpoint.tenantId().equals(tenantId))
                    .orElseThrow(() -> new NotFoundException("event endpoint", id));
        }

        private EventEndpointState store(EventEndpoint endpoint) {
            stored.put(endpoint.id(), endpoint);
            return new EventEndpointState(endpoint, 2);
        }

        private String issue(UUID id) {
            byte[] key = new byte[32];
            RANDOM.nextBytes(key);
            String secret = "whsec_" + Base64.getEncoder().encodeToString(key);
            secrets.put(id, secret);
            return secret;
        }
    }

    /** The log's posts, newest first as given, and the selections replayed. */
    static final class FakeLog implements ListEventAttemptsUseCase, ReplayEventsUseCase {

        final List<EventAttempt> attempts = new ArrayList<>();
        final List<EventSelection> selections = new ArrayList<>();
        final FakeEndpoints endpoints;
        int queued;

        FakeLog(FakeEndpoints endpoints) {
            this.endpoints = endpoints;
        }

        @Override
        public List<EventAttempt> attempts(TenantId tenantId, UUID endpointId, PageRequest page) {
            endpoints.find(tenantId, endpointId);
            return attempts.stream().skip(page.offset()).limit(page.limit()).toList();
        }

        @Override
        public int replay(TenantId tenantId, UUID endpointId, EventSelection selection) {
            endpoints.find(tenantId, endpointId);
            selections.add(selection);
            return queued;
        }
    }
}
