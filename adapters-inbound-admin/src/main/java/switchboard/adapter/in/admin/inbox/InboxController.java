package switchboard.adapter.in.admin.inbox;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;

import switchboard.adapter.in.admin.AdminApiController;
import switchboard.adapter.in.admin.PathIds;
import switchboard.adapter.in.admin.Roles;
import switchboard.adapter.in.admin.TenantAccess;
import switchboard.application.inbox.ListInboxUseCase;
import switchboard.application.inbox.MarkInboxItemReadUseCase;
import switchboard.application.shared.PageRequest;
import switchboard.domain.recipient.UserId;

/** The in-app inbox of a tenant's user (a contact), newest first. */
@Controller("/api/v1/tenants/{tenantId}/inbox/{userId}")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
public class InboxController extends AdminApiController {

    private final ListInboxUseCase listInbox;
    private final MarkInboxItemReadUseCase markRead;
    private final InboxMapper mapper;

    public InboxController(ListInboxUseCase listInbox, MarkInboxItemReadUseCase markRead, InboxMapper mapper) {
        this.listInbox = listInbox;
        this.markRead = markRead;
        this.mapper = mapper;
    }

    @Get
    public InboxList list(String tenantId, String userId, @QueryValue(defaultValue = "0") int offset,
                          @QueryValue(defaultValue = "50") int limit, Authentication caller) {
        return new InboxList(listInbox.list(TenantAccess.check(caller, tenantId), new UserId(userId),
                new PageRequest(offset, limit)).stream().map(mapper::view).toList(), offset, limit);
    }

    @Post("/{itemId}/read")
    public HttpResponse<Void> markRead(String tenantId, String userId, String itemId, Authentication caller) {
        markRead.markRead(TenantAccess.check(caller, tenantId), new UserId(userId), PathIds.inboxItem(itemId));
        return HttpResponse.noContent();
    }
}
