package switchboard.adapter.in.admin.audit;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteMatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.Set;

import switchboard.adapter.in.admin.TenantAccess;
import switchboard.application.audit.AdminAction;
import switchboard.application.audit.RecordAdminActionUseCase;
import switchboard.domain.InvalidValueException;
import switchboard.domain.tenant.TenantId;

/**
 * Records every Admin API request that may change state (any method but GET, HEAD and OPTIONS) by
 * an authenticated admin, once it is answered, refusals included: who, from where, the route and
 * path, the tenant the path names, and the status. Runs outside Micronaut's security filter, so
 * that its refusals of an admin (a route for the platform admin only) are recorded too; requests
 * without a valid token are nobody's action and are not.
 */
@ServerFilter("/api/**")
public class AuditTrail implements Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(AuditTrail.class);
    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final RecordAdminActionUseCase recordAction;
    private final HttpClientAddressResolver addresses;
    private final Router router;

    public AuditTrail(RecordAdminActionUseCase recordAction, HttpClientAddressResolver addresses, Router router) {
        this.recordAction = recordAction;
        this.addresses = addresses;
        this.router = router;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }

    @ResponseFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    public void record(HttpRequest<?> request, MutableHttpResponse<?> response) {
        Optional<Authentication> caller = request.getUserPrincipal(Authentication.class);
        if (READS.contains(request.getMethod()) || caller.isEmpty()) {
            return;
        }
        // The route the request was for: on an error, the request's route match is the error handler's.
        Optional<UriRouteMatch<Object, Object>> route = router.find(request.getMethod(), request.getPath(), request).findFirst();
        String path = route.map(match -> match.getRouteInfo().getUriMatchTemplate().toPathString()).orElse(request.getPath());
        AdminAction action = new AdminAction(caller.get().getName(), TenantAccess.ownTenant(caller.get()),
                String.valueOf(addresses.resolve(request)), route.flatMap(AuditTrail::tenant),
                request.getMethodName() + " " + path, request.getPath(), response.code());
        try {
            recordAction.record(action);
        } catch (RuntimeException e) {
            LOG.error("could not record {} {} by {} in the audit log", action.action(), action.target(), action.actor(), e);
        }
    }

    private static Optional<TenantId> tenant(UriRouteMatch<Object, Object> route) {
        Object tenantId = route.getVariableValues().get("tenantId");
        try {
            return Optional.ofNullable(tenantId).map(value -> new TenantId(value.toString()));
        } catch (InvalidValueException notATenantId) {
            return Optional.empty();
        }
    }
}
