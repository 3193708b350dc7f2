package switchboard.adapter.in.admin.audit;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

import switchboard.application.audit.AdminAction;
import switchboard.application.audit.AuditEntry;
import switchboard.domain.tenant.TenantId;

/** An audit entry: {@code tenantId} is absent when the action's path names no tenant (creating one). */
@Serdeable
public record AuditEntryView(UUID id, Instant at, String actor, String actorTenantId, String address, String tenantId,
                             String action, String target, int status) {

    static AuditEntryView of(AuditEntry entry) {
        AdminAction action = entry.action();
        return new AuditEntryView(entry.id(), entry.at(), action.actor(), action.actorTenant().value(), action.address(),
                action.tenantId().map(TenantId::value).orElse(null), action.action(), action.target(), action.status());
    }
}
