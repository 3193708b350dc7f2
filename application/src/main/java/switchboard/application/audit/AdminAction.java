package switchboard.application.audit;

import java.util.Objects;
import java.util.Optional;

import switchboard.domain.tenant.TenantId;

/**
 * A state-changing Admin API request as it ended: who asked (the admin's username and tenant),
 * from which address, what (the route, e.g. {@code DELETE /api/v1/tenants/{tenantId}/credentials/{credentialId}},
 * and the path it was called with), on which tenant (empty when the path names none), and the
 * answer's status. Never a body, so never a secret.
 */
public record AdminAction(String actor, TenantId actorTenant, String address, Optional<TenantId> tenantId, String action,
                          String target, int status) {

    public AdminAction {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(actorTenant, "actorTenant");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(target, "target");
    }
}
