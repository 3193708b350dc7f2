package switchboard.adapter.in.console.pages;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

import switchboard.adapter.in.console.Chrome;
import switchboard.adapter.in.console.ConsoleEnabled;
import switchboard.adapter.in.console.ConsolePage;
import switchboard.adapter.in.console.Operator;
import switchboard.adapter.in.console.Paths;
import switchboard.application.event.CreateEventEndpointUseCase;
import switchboard.application.event.DeleteEventEndpointUseCase;
import switchboard.application.event.EventAttempt;
import switchboard.application.event.EventEndpointState;
import switchboard.application.event.EventEndpointWithSecret;
import switchboard.application.event.EventSelection;
import switchboard.application.event.GetEventEndpointUseCase;
import switchboard.application.event.ListEventAttemptsUseCase;
import switchboard.application.event.ListEventEndpointsUseCase;
import switchboard.application.event.PauseEventEndpointUseCase;
import switchboard.application.event.ReplayEventsUseCase;
import switchboard.application.event.ResumeEventEndpointUseCase;
import switchboard.application.event.RotateEventSecretUseCase;
import switchboard.application.shared.NotFoundException;
import switchboard.domain.InvalidValueException;
import switchboard.domain.event.EventEndpoint;
import switchboard.domain.event.EventType;
import switchboard.domain.message.MessageId;
import switchboard.domain.tenant.TenantId;

/**
 * The tenant's event endpoints (docs/events.md), through the use cases the Admin API's
 * {@code /event-endpoints} calls: listed, registered (the signing secret shown on the answer to
 * the registration only, never again), paused and resumed, deleted and their secret rotated after
 * a confirmation (the new secret shown that once), their log of posts paged, and a message's
 * events posted to one again.
 */
@Controller(Paths.ROOT + "/tenants/{tenant}/events")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(property = ConsoleEnabled.PROPERTY, notEquals = "false")
public class EventsController extends ConsolePage {

    private final ListEventEndpointsUseCase listEndpoints;
    private final CreateEventEndpointUseCase createEndpoint;
    private final GetEventEndpointUseCase getEndpoint;
    private final PauseEventEndpointUseCase pauseEndpoint;
    private final ResumeEventEndpointUseCase resumeEndpoint;
    private final DeleteEventEndpointUseCase deleteEndpoint;
    private final RotateEventSecretUseCase rotateSecret;
    private final ListEventAttemptsUseCase listAttempts;
    private final ReplayEventsUseCase replayEvents;
    private final String secretOverlap;

    public EventsController(ListEventEndpointsUseCase listEndpoints, CreateEventEndpointUseCase createEndpoint,
                            GetEventEndpointUseCase getEndpoint, PauseEventEndpointUseCase pauseEndpoint,
                            ResumeEventEndpointUseCase resumeEndpoint, DeleteEventEndpointUseCase deleteEndpoint,
                            RotateEventSecretUseCase rotateSecret, ListEventAttemptsUseCase listAttempts,
                            ReplayEventsUseCase replayEvents,
                            @Value("${switchboard.events.secret-overlap:24h}") String secretOverlap) {
        this.listEndpoints = listEndpoints;
        this.createEndpoint = createEndpoint;
        this.getEndpoint = getEndpoint;
        this.pauseEndpoint = pauseEndpoint;
        this.resumeEndpoint = resumeEndpoint;
        this.deleteEndpoint = deleteEndpoint;
        this.rotateSecret = rotateSecret;
        this.listAttempts = listAttempts;
        this.replayEvents = replayEvents;
        this.secretOverlap = secretOverlap;
    }

    @Get
    public HttpResponse<?> list(String tenant, @Nullable @QueryValue String deleted, Operator operator) {
        return page("events", eventsPage(operator, operator.mayActOn(tenant), EventEndpointForm.NEW, null, "",
                deleted == null ? "" : deleted));
    }

    /** Registers an endpoint, as {@code POST .../event-endpoints} does; the answer shows its secret, this once. */
    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> create(String tenant, @Body Map<String, String> form, Operator operator) {
        operator.checkForm(form);
        TenantId tenantId = operator.mayActOn(tenant);
        EventEndpointForm typed = EventEndpointForm.typed(form);
        EventEndpointWithSecret created;
        try {
            created = createEndpoint.create(tenantId, typed.target(), typed.eventTypes(), typed.description(),
                    typed.maskRecipients());
        } catch (InvalidValueException invalid) {
            return refused("events", eventsPage(operator, tenantId, typed, null, invalid.getMessage(), ""));
        }
        Issued issued = new Issued(EndpointRow.of(tenant, created.state()), created.secret());
        return page("events", eventsPage(operator, tenantId, EventEndpointForm.NEW, issued, "", ""));
    }

    /** One endpoint: its settings and state, its actions, and its log of posts, newest first, 25 a page. */
    @Get("/{id}")
    public HttpResponse<?> endpoint(String tenant, String id, @QueryValue(defaultValue = "0") int page,
                                    @Nullable @QueryValue String done, @Nullable @QueryValue Integer replayed,
                                    Operator operator) {
        Target target = new Target(operator.mayActOn(tenant), endpointId(id));
        String notice = done != null ? Done.valueOf(done.toUpperCase(Locale.ROOT)).notice
                : replayed != null ? Done.replayed(replayed) : "";
        return page("event_endpoint", endpointPage(operator, target, page, new Shown(notice, "", "", "")));
    }

    @Post("/{id}/pause")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> pause(String tenant, String id, @Body Map<String, String> form, Operator operator) {
        return turn(tenant, id, form, operator, pauseEndpoint::pause, Done.PAUSED);
    }

    @Post("/{id}/resume")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> resume(String tenant, String id, @Body Map<String, String> form, Operator operator) {
        return turn(tenant, id, form, operator, resumeEndpoint::resume, Done.RESUMED);
    }

    /** Deletes the endpoint with the events still waiting for it, as {@code DELETE .../event-endpoints/{id}} does. */
    @Post("/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> delete(String tenant, String id, @Body Map<String, String> form, Operator operator) {
        Target target = Target.of(tenant, id, form, operator);
        String url = getEndpoint.get(target.tenant(), target.endpoint()).endpoint().url().toString();
        deleteEndpoint.delete(target.tenant(), target.endpoint());
        return redirect(Paths.tenant(tenant) + "/events?deleted=" + Paths.encode(url));
    }

    /** A new signing secret, shown on this answer only; the previous one keeps signing beside it for the overlap. */
    @Post("/{id}/secret")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> rotate(String tenant, String id, @Body Map<String, String> form, Operator operator) {
        Target target = Target.of(tenant, id, form, operator);
        String secret = rotateSecret.rotateSecret(target.tenant(), target.endpoint()).secret();
        return page("event_endpoint", endpointPage(operator, target, 0, new Shown("", secret, "", "")));
    }

    /** Queues the stored events of the message typed to be posted to the endpoint again, after those waiting. */
    @Post("/{id}/replay")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> replay(String tenant, String id, @Body Map<String, String> form, Operator operator) {
        Target target = Target.of(tenant, id, form, operator);
        String typed = form.getOrDefault("messageId", "").strip();
        int queued;
        try {
            queued = replayEvents.replay(target.tenant(), target.endpoint(),
                    new EventSelection(Optional.of(messageId(typed)), Optional.empty(), Optional.empty()));
        } catch (InvalidValueException invalid) {
            return refused("event_endpoint", endpointPage(operator, target, 0, new Shown("", "", typed, invalid.getMessage())));
        }
        return redirect(endpointHref(tenant, id) + "?replayed=" + queued);
    }

    /** Pauses or resumes the endpoint, then shows it, saying so. */
    private HttpResponse<?> turn(String tenant, String id, Map<String, String> form, Operator operator,
                                 BiFunction<TenantId, UUID, EventEndpointState> change, Done done) {
        Target target = Target.of(tenant, id, form, operator);
        change.apply(target.tenant(), target.endpoint());
        return redirect(endpointHref(tenant, id) + "?done=" + done.name().toLowerCase(Locale.ROOT));
    }

    private EventsPage eventsPage(Operator operator, TenantId tenantId, EventEndpointForm typed, Issued issued, String error,
                                  String deleted) {
        List<EndpointRow> rows = listEndpoints.list(tenantId).stream()
                .map(state -> EndpointRow.of(tenantId.value(), state)).toList();
        return new EventsPage(new Chrome("Event endpoints", operator, tenantId.value(), Chrome.Section.EVENTS), rows, typed,
                issued, error, deleted);
    }

    private EndpointPage endpointPage(Operator operator, Target target, int page, Shown shown) {
        EndpointRow endpoint = EndpointRow.of(target.tenant().value(), getEndpoint.get(target.tenant(), target.endpoint()));
        ListPage<EventAttempt> attempts = ListPage.of(page,
                request -> listAttempts.attempts(target.tenant(), target.endpoint(), request));
        return new EndpointPage(new Chrome("Event endpoint", operator, target.tenant().value(), Chrome.Section.EVENTS), endpoint,
                shown, secretOverlap, attempts.rows(AttemptRow::of), attempts.number(), attempts.more());
    }

    /** The page again with why the form was refused: 400. */
    private static HttpResponse<?> refused(String view, Object page) {
        return HttpResponse.status(HttpStatus.BAD_REQUEST).body(new ModelAndView<>(view, Map.of("page", page)));
    }

    /** An endpoint's id in the address; one that is not an id is an endpoint that does not exist. */
    static UUID endpointId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            throw new NotFoundException("event endpoint", id);
        }
    }

    static MessageId messageId(String typed) {
        if (typed.isEmpty()) {
            throw new InvalidValueException("type the id of the message whose events to post again");
        }
        try {
            return MessageId.parse(typed);
        } catch (IllegalArgumentException notAnId) {
            throw new InvalidValueException("'" + typed
                    + "' is not a message id (a UUID such as 019af1c2-7c00-7f31-8d4e-0a1b2c3d4e5f)");
        }
    }

    private static String endpointHref(String tenant, String id) {
        return Paths.tenant(tenant) + "/events/" + Paths.encode(id);
    }

    /** The endpoint a page or a form is about, in the tenant of the address. */
    private record Target(TenantId tenant, UUID endpoint) {

        /**
         * The endpoint a form acts on; refused unless the form carries the session's CSRF token and
         * the tenant is the operator's.
         */
        static Target of(String tenant, String id, Map<String, String> form, Operator operator) {
            operator.checkForm(form);
            return new Target(operator.mayActOn(tenant), endpointId(id));
        }
    }

    /** What an action that answers with a redirect says on the page it leads to. */
    enum Done {
        PAUSED("Paused: its events are kept, and posted once it is resumed."),
        RESUMED("Resumed: the events kept meanwhile are posted first, in order.");

        private final String notice;

        Done(String notice) {
            this.notice = notice;
        }

        static String replayed(int queued) {
            return queued == 0 ? "Nothing was queued: no stored event of that message is one this endpoint is sent."
                    : queued + " event(s) of the message are queued again, after those waiting.";
        }
    }

    /**
     * An endpoint as listed and shown: no secret, ever. {@code events} is empty when it is sent every event;
     * {@code failingSince} is null while no post has failed since the last success.
     */
    public record EndpointRow(String id, String url, List<String> events, String description, boolean masked,
                              String pausedReason, Instant failingSince, long waiting, Instant created, String href) {

        static EndpointRow of(String tenant, EventEndpointState state) {
            EventEndpoint endpoint = state.endpoint();
            String id = endpoint.id().toString();
            return new EndpointRow(id, endpoint.url().toString(),
                    endpoint.events().stream().sorted().map(EventType::wireName).toList(), endpoint.description(),
                    endpoint.maskRecipients(), endpoint.pausedReason().orElse(""), endpoint.failingSince().orElse(null),
                    state.waiting(), endpoint.createdAt(), endpointHref(tenant, id));
        }

        /** {@code paused} (by the tenant, or by the gateway after failing for days), {@code failing} or {@code active}. */
        public String state() {
            return paused() ? "paused" : failingSince != null ? "failing" : "active";
        }

        public boolean paused() {
            return !pausedReason.isEmpty();
        }
    }

    /** An endpoint just registered, with its signing secret, shown this once. */
    public record Issued(EndpointRow endpoint, String secret) {

        @Override
        public String toString() {
            return "Issued[endpoint=" + endpoint + ", secret=(hidden)]";
        }
    }

    /** The list and the registration's form; {@code issued} is the endpoint just registered, or null. */
    public record EventsPage(Chrome chrome, List<EndpointRow> rows, EventEndpointForm typed, Issued issued,
                             String error, String deleted) {

        public String createHref() {
            return chrome.href(Chrome.Section.EVENTS);
        }
    }

    /** A post in the endpoint's log; {@code status} is empty when the endpoint gave no HTTP status. */
    public record AttemptRow(String eventId, String type, Instant at, boolean taken, String status, long latencyMillis,
                             String detail) {

        static AttemptRow of(EventAttempt attempt) {
            return new AttemptRow(attempt.eventId().toString(), attempt.type().wireName(), attempt.at(), attempt.delivered(),
                    attempt.status().isPresent() ? Integer.toString(attempt.status().getAsInt()) : "", attempt.latencyMillis(),
                    attempt.detail());
        }
    }

    /**
     * What an endpoint's page shows besides the endpoint: a notice of what was just done, a
     * rotated secret (this once), and the replay's form as typed with why it was refused.
     */
    public record Shown(String notice, String secret, String replayTyped, String replayError) {

        @Override
        public String toString() {
            return "Shown[notice=" + notice + ", secret=(hidden), replayTyped=" + replayTyped + ", replayError=" + replayError + "]";
        }
    }

    public record EndpointPage(Chrome chrome, EndpointRow endpoint, Shown shown, String secretOverlap,
                               List<AttemptRow> attempts, int page, boolean more) {

        public String listHref() {
            return chrome.href(Chrome.Section.EVENTS);
        }

        public String actionHref(String action) {
            return endpoint.href() + "/" + action;
        }

        public String pageHref(int target) {
            return endpoint.href() + "?page=" + target;
        }
    }
}
