package switchboard.adapter.in.admin.delivery;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;

import switchboard.adapter.in.admin.AdminApiController;
import switchboard.adapter.in.admin.Names;
import switchboard.adapter.in.admin.Roles;
import switchboard.adapter.in.admin.TenantAccess;
import switchboard.application.shared.PageRequest;
import switchboard.application.suppression.DeleteSuppressionUseCase;
import switchboard.application.suppression.ListSuppressionsUseCase;
import switchboard.domain.recipient.Recipient;
import switchboard.domain.tenant.TenantId;

/**
 * Addresses their provider reported gone (an unregistered push token, a number that opted out, a
 * webhook answering 410): sends pass them over until an admin lifts the suppression.
 */
@Controller("/api/v1/tenants/{tenantId}/suppressions")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
public class SuppressionController extends AdminApiController {

    private final ListSuppressionsUseCase listSuppressions;
    private final DeleteSuppressionUseCase deleteSuppression;

    public SuppressionController(ListSuppressionsUseCase listSuppressions, DeleteSuppressionUseCase deleteSuppression) {
        this.listSuppressions = listSuppressions;
        this.deleteSuppression = deleteSuppression;
    }

    /** Newest first. */
    @Get
    public SuppressionList list(String tenantId, @QueryValue(defaultValue = "0") int offset,
                                @QueryValue(defaultValue = "100") int limit, Authentication caller) {
        return new SuppressionList(listSuppressions.list(TenantAccess.check(caller, tenantId), new PageRequest(offset, limit))
                .stream().map(suppression -> new SuppressionView(suppression.recipient().channel().name(),
                        suppression.recipient().address().value(), suppression.reason(), suppression.since()))
                .toList(), offset, limit);
    }

    /** Lifts a suppression: {@code channel} and {@code address} name it (in the query, since an address may be a URL). */
    @Delete
    public HttpResponse<Void> delete(String tenantId, @QueryValue String channel, @QueryValue String address,
                                     Authentication caller) {
        TenantId tenant = TenantAccess.check(caller, tenantId);
        deleteSuppression.delete(tenant, Recipient.of(Names.channel(channel), address));
        return HttpResponse.noContent();
    }
}
