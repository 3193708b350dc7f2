package switchboard.adapter.in.admin.event;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.Valid;

import java.net.URI;

import switchboard.adapter.in.admin.AdminApiController;
import switchboard.adapter.in.admin.PathIds;
import switchboard.adapter.in.admin.Roles;
import switchboard.adapter.in.admin.TenantAccess;
import switchboard.application.event.CreateEventEndpointUseCase;
import switchboard.application.event.DeleteEventEndpointUseCase;
import switchboard.application.event.EventEndpointWithSecret;
import switchboard.application.event.GetEventEndpointUseCase;
import switchboard.application.event.ListEventAttemptsUseCase;
import switchboard.application.event.ListEventEndpointsUseCase;
import switchboard.application.event.PauseEventEndpointUseCase;
import switchboard.application.event.ReplayEventsUseCase;
import switchboard.application.event.ResumeEventEndpointUseCase;
import switchboard.application.event.RotateEventSecretUseCase;
import switchboard.application.event.UpdateEventEndpointUseCase;
import switchboard.application.shared.PageRequest;
import switchboard.domain.tenant.TenantId;

/**
 * The tenant's event endpoints: HTTP endpoints its messages' and deliveries' events are posted to,
 * signed per Standard Webhooks. An endpoint's signing secret is shown in the answers to its
 * creation and to a rotation, and never again.
 */
@Controller("/api/v1/tenants/{tenantId}/event-endpoints")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
public class EventEndpointController extends AdminApiController {

    private final CreateEventEndpointUseCase createEndpoint;
    private final ListEventEndpointsUseCase listEndpoints;
    private final GetEventEndpointUseCase getEndpoint;
    private final UpdateEventEndpointUseCase updateEndpoint;
    private final DeleteEventEndpointUseCase deleteEndpoint;
    private final PauseEventEndpointUseCase pauseEndpoint;
    private final ResumeEventEndpointUseCase resumeEndpoint;
    private final RotateEventSecretUseCase rotateSecret;
    private final ListEventAttemptsUseCase listAttempts;
    private final ReplayEventsUseCase replayEvents;

    public EventEndpointController(CreateEventEndpointUseCase createEndpoint, ListEventEndpointsUseCase listEndpoints,
                                   GetEventEndpointUseCase getEndpoint, UpdateEventEndpointUseCase updateEndpoint,
                                   DeleteEventEndpointUseCase deleteEndpoint, PauseEventEndpointUseCase pauseEndpoint,
                                   ResumeEventEndpointUseCase resumeEndpoint, RotateEventSecretUseCase rotateSecret,
                                   ListEventAttemptsUseCase listAttempts, ReplayEventsUseCase replayEvents) {
        this.createEndpoint = createEndpoint;
        this.listEndpoints = listEndpoints;
        this.getEndpoint = getEndpoint;
        this.updateEndpoint = updateEndpoint;
        this.deleteEndpoint = deleteEndpoint;
        this.pauseEndpoint = pauseEndpoint;
        this.resumeEndpoint = resumeEndpoint;
        this.rotateSecret = rotateSecret;
        this.listAttempts = listAttempts;
        this.replayEvents = replayEvents;
    }

    /** Registers an endpoint; it hears of the changes made from then on. */
    @Post
    public HttpResponse<IssuedEventEndpointView> create(String tenantId, @Valid @Body EventEndpointBody body,
                                                        HttpRequest<?> request, Authentication caller) {
        TenantId tenant = TenantAccess.check(caller, tenantId);
        EventEndpointWithSecret created = createEndpoint.create(tenant, body.target(), body.eventTypes(), body.description(),
                body.masksRecipients());
        return HttpResponse.<IssuedEventEndpointView>created(URI.create(request.getPath() + "/" + created.state().endpoint().id()))
                .body(IssuedEventEndpointView.of(created));
    }

    /** Oldest first. */
    @Get
    public EventEndpointList list(String tenantId, Authentication caller) {
        return new EventEndpointList(listEndpoints.list(TenantAccess.check(caller, tenantId)).stream()
                .map(EventEndpointView::of).toList());
    }

    @Get("/{endpointId}")
    public EventEndpointView get(String tenantId, String endpointId, Authentication caller) {
        return EventEndpointView.of(getEndpoint.get(TenantAccess.check(caller, tenantId), PathIds.eventEndpoint(endpointId)));
    }

    /** Replaces the URL, the events and the description; a pause stays as it is. */
    @Put("/{endpointId}")
    public EventEndpointView update(String tenantId, String endpointId, @Valid @Body EventEndpointBody body,
                                    Authentication caller) {
        TenantId tenant = TenantAccess.check(caller, tenantId);
        return EventEndpointView.of(updateEndpoint.update(tenant, PathIds.eventEndpoint(endpointId), body.target(),
                body.eventTypes(), body.description(), body.masksRecipients()));
    }

    /** Deletes the endpoint with the events still waiting for it. */
    @Delete("/{endpointId}")
    public HttpResponse<Void> delete(String tenantId, String endpointId, Authentication caller) {
        deleteEndpoint.delete(TenantAccess.check(caller, tenantId), PathIds.eventEndpoint(endpointId));
        return HttpResponse.noContent();
    }

    /** Stops posting; the endpoint's events are kept and posted once it is resumed. */
    @Post("/{endpointId}/pause")
    public EventEndpointView pause(String tenantId, String endpointId, Authentication caller) {
        return EventEndpointView.of(pauseEndpoint.pause(TenantAccess.check(caller, tenantId), PathIds.eventEndpoint(endpointId)));
    }

    /** Posts again, the events kept meanwhile first, with a clean record of failures. */
    @Post("/{endpointId}/resume")
    public EventEndpointView resume(String tenantId, String endpointId, Authentication caller) {
        return EventEndpointView.of(resumeEndpoint.resume(TenantAccess.check(caller, tenantId), PathIds.eventEndpoint(endpointId)));
    }

    /** A new signing secret, in this answer only; the previous one keeps signing beside it for the overlap. */
    @Post("/{endpointId}/secret")
    public IssuedEventEndpointView rotateSecret(String tenantId, String endpointId, Authentication caller) {
        return IssuedEventEndpointView.of(rotateSecret.rotateSecret(TenantAccess.check(caller, tenantId),
                PathIds.eventEndpoint(endpointId)));
    }

    /** The endpoint's posts, newest first. */
    @Get("/{endpointId}/attempts")
    public EventAttemptList attempts(String tenantId, String endpointId, @QueryValue(defaultValue = "0") int offset,
                                     @QueryValue(defaultValue = "100") int limit, Authentication caller) {
        TenantId tenant = TenantAccess.check(caller, tenantId);
        return new EventAttemptList(listAttempts.attempts(tenant, PathIds.eventEndpoint(endpointId), new PageRequest(offset, limit))
                .stream().map(EventAttemptView::of).toList(), offset, limit);
    }

    /** Queues the selected stored events to be posted to the endpoint again, after those waiting. */
    @Post("/{endpointId}/replay")
    public HttpResponse<ReplayQueued> replay(String tenantId, String endpointId, @Body ReplayBody body,
                                             Authentication caller) {
        TenantId tenant = TenantAccess.check(caller, tenantId);
        return HttpResponse.accepted().body(new ReplayQueued(replayEvents.replay(tenant, PathIds.eventEndpoint(endpointId),
                body.selection())));
    }
}
