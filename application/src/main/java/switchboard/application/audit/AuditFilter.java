package switchboard.application.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import switchboard.domain.Invariants;
import switchboard.domain.tenant.TenantId;

/**
 * Which entries to list: of one tenant, by one actor (username), of actions starting with a text
 * (e.g. {@code DELETE} or {@code POST /api/v1/tenants/{tenantId}/credentials}), from (inclusive)
 * and until (exclusive) a time; empty means any.
 */
public record AuditFilter(Optional<TenantId> tenantId, Optional<String> actor, Optional<String> action,
                          Optional<Instant> from, Optional<Instant> until) {

    public AuditFilter {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(actor, "actor").ifPresent(text -> Invariants.requireNoNul(text, "actor"));
        Objects.requireNonNull(action, "action").ifPresent(text -> Invariants.requireNoNul(text, "action"));
        Objects.requireNonNull(from, "from").ifPresent(time -> Invariants.requireStorableTime(time, "from"));
        Objects.requireNonNull(until, "until").ifPresent(time -> Invariants.requireStorableTime(time, "until"));
    }
}
