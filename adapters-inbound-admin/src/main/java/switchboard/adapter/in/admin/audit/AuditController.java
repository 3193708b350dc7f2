package switchboard.adapter.in.admin.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;

import java.time.Instant;
import java.util.Optional;

import switchboard.adapter.in.admin.AdminApiController;
import switchboard.adapter.in.admin.Roles;
import switchboard.adapter.in.admin.TenantAccess;
import switchboard.application.audit.AuditEntry;
import switchboard.application.audit.AuditFilter;
import switchboard.application.audit.ListAuditEntriesUseCase;
import switchboard.application.shared.Page;
import switchboard.application.shared.PageRequest;
import switchboard.domain.tenant.TenantId;

/**
 * The audit log, newest first: a tenant's admins read the actions on their tenant, the platform
 * admin every action, tenant creation included. {@code actor} (a username), {@code action} (the
 * start of {@code METHOD /route}), {@code from} and {@code until} (ISO-8601 times) filter.
 */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
public class AuditController extends AdminApiController {

    private final ListAuditEntriesUseCase listEntries;

    public AuditController(ListAuditEntriesUseCase listEntries) {
        this.listEntries = listEntries;
    }

    @Get("/tenants/{tenantId}/audit")
    @Secured(Roles.ADMIN)
    public AuditList tenantEntries(String tenantId, @Nullable @QueryValue String actor, @Nullable @QueryValue String action,
                                   @Nullable @QueryValue Instant from, @Nullable @QueryValue Instant until,
                                   @QueryValue(defaultValue = "0") int offset, @QueryValue(defaultValue = "100") int limit,
                                   Authentication caller) {
        AuditFilter filter = filter(Optional.of(TenantAccess.check(caller, tenantId)), actor, action, from, until);
        return list(filter, offset, limit);
    }

    @Get("/audit")
    @Secured(Roles.PLATFORM_ADMIN)
    public AuditList allEntries(@Nullable @QueryValue String tenantId, @Nullable @QueryValue String actor,
                                @Nullable @QueryValue String action, @Nullable @QueryValue Instant from,
                                @Nullable @QueryValue Instant until, @QueryValue(defaultValue = "0") int offset,
                                @QueryValue(defaultValue = "100") int limit) {
        return list(filter(Optional.ofNullable(tenantId).map(TenantId::new), actor, action, from, until), offset, limit);
    }

    private static AuditFilter filter(Optional<TenantId> tenantId, String actor, String action, Instant from, Instant until) {
        return new AuditFilter(tenantId, Optional.ofNullable(actor), Optional.ofNullable(action), Optional.ofNullable(from),
                Optional.ofNullable(until));
    }

    private AuditList list(AuditFilter filter, int offset, int limit) {
        Page<AuditEntry> page = listEntries.list(filter, new PageRequest(offset, limit));
        return new AuditList(page.items().stream().map(AuditEntryView::of).toList(), page.total(), offset, limit);
    }
}
